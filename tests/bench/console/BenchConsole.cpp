// SPDX-License-Identifier: GPL-3.0-or-later
// The console with a large fleet from a generated cache database, no network:
//   bench_console [boxes=1000] [devices-per-box=50]
// Prints time to first paint, sort and filter times and resident memory.
#include "FleetGenerator.h"
#include "store/ConsoleSettings.h"
#include "fleet/Fleet.h"
#include "fleet/FleetController.h"
#include "fleet/FleetFilterProxy.h"
#include "fleet/FleetModel.h"
#include "store/ConsoleStore.h"
#include "support/FakeVault.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

using namespace mente::console;

namespace {
double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

class FirstPaint : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int boxes = argc > 1 ? std::max(1, atoi(argv[1])) : 1000;
    const int devicesPerBox = argc > 2 ? std::max(0, atoi(argv[2])) : 50;

    QTemporaryDir dir;
    const QString db = dir.path() + QStringLiteral("/console.sqlite");
    QElapsedTimer timer;
    timer.start();
    {
        ConsoleStore store(db);
        if (!store.open() || !bench::generateFleet(store, boxes, devicesPerBox)) {
            std::fprintf(stderr, "cannot generate the fleet\n");
            return 1;
        }
    }
    std::printf("fleet: %d boxes x %d devices (generated in %.0f ms, database %.1f MB)\n", boxes, devicesPerBox,
                ms(timer), double(QFile(db).size()) / 1048576.0);
    std::printf("resident memory before the console: %.1f MB\n", residentMb());

    // What the console does at start, minus the network links (they would only reconnect).
    timer.restart();
    ConsoleSettings settings(dir.path() + QStringLiteral("/console.ini"));
    ConsoleStore store(db);
    store.open();
    Fleet fleet;
    FakeVault vault;
    QNetworkAccessManager nam;
    FleetController controller(&fleet, &store, &vault, &nam, settings.timings());
    fleet.load(store.loadBoxes(), QDateTime::currentDateTimeUtc());
    const double loadMs = ms(timer);
    MainWindow window(&controller, &settings);
    FirstPaint probe;
    window.table()->viewport()->installEventFilter(&probe);
    window.resize(1400, 800);
    window.show();
    while (!probe.painted && timer.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double firstPaintMs = ms(timer);
    std::printf("cache loaded: %.1f ms; first paint of the fleet table: %.1f ms (target <= 1000)\n", loadMs,
                firstPaintMs);

    FleetFilterProxy *proxy = window.proxy();
    double worstSort = 0, sumSort = 0;
    int worstColumn = 0;
    for (int c = 0; c < FleetModel::ColumnCount; ++c) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            timer.restart();
            proxy->sort(c, order);
            const double t = ms(timer);
            sumSort += t;
            if (t > worstSort) {
                worstSort = t;
                worstColumn = c;
            }
        }
    }
    std::printf("sort: mean %.2f ms, worst %.2f ms (column %s) over %d columns x 2 orders (target <= 100)\n",
                sumSort / (2 * FleetModel::ColumnCount), worstSort,
                qPrintable(window.model()->headerData(worstColumn, Qt::Horizontal).toString()),
                int(FleetModel::ColumnCount));

    proxy->sort(FleetModel::Serial, Qt::AscendingOrder);
    const QString filters[] = {QStringLiteral("MB1"), QStringLiteral("山田"), QStringLiteral("site99"),
                               QStringLiteral("no-such-thing"), QString()};
    for (const QString &text : filters) {
        timer.restart();
        proxy->setText(text);
        const double t = ms(timer);
        std::printf("filter \"%s\": %.2f ms, %d rows (target <= 100)\n", qPrintable(text), t, proxy->rowCount());
    }
    timer.restart();
    proxy->setStateFilter(FleetFilterProxy::StateFilter::Faults);
    std::printf("filter faults only: %.2f ms, %d rows\n", ms(timer), proxy->rowCount());
    proxy->setStateFilter(FleetFilterProxy::StateFilter::All);
    QCoreApplication::processEvents();
    std::printf("resident memory with the fleet shown: %.1f MB\n", residentMb());

    // Every box's device list in memory at once (the console loads one when a box is opened).
    timer.restart();
    qsizetype deviceTotal = 0;
    std::vector<QList<mente::Device>> all;
    all.reserve(size_t(boxes));
    for (const qint64 id : fleet.ids()) {
        all.push_back(store.loadDevices(id));
        deviceTotal += all.back().size();
    }
    std::printf("all device caches loaded: %lld devices in %.0f ms; resident memory %.1f MB (target <= 300)\n",
                static_cast<long long>(deviceTotal), ms(timer), residentMb());
    return 0;
}
