// SPDX-License-Identifier: GPL-3.0-or-later
// The real console (ConsoleApplication: store, fleet links, model, tray, main window, offscreen)
// watching a live fleet served by fleet_live_gen on loopback (docs/PERFORMANCE.md, "The console
// against a live fleet"):
//   bench_fleet_live [--boxes 1000] [--quiet-s 60] [--events 200] [--drop 100] [--down-s 30] [--smoke]
// Prints the time until every box streams, CPU while the fleet is quiet, RSS, event-to-row and
// event-to-tray latency (p50/p99) and the reconnect of the dropped boxes (attempts per second as
// the generator counts them). --smoke exits non-zero when an event misses its row or tray
// notification, or a dropped box does not come back.
#include "EventLatency.h"
#include "GeneratorProcess.h"
#include "LiveMeasures.h"
#include "app/ConsoleApplication.h"
#include "fleet/BoxLink.h"
#include "fleet/Fleet.h"
#include "fleet/FleetController.h"
#include "fleet/FleetModel.h"
#include "store/ConsoleSettings.h"
#include "store/ConsoleStore.h"
#include "support/FakeVault.h"
#include "tray/TrayController.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace mente::console;
using namespace mente::bench;

namespace {
int streamingCount(FleetController *controller, int first, int count, const QList<qint64> &ids)
{
    int n = 0;
    for (int i = first; i < first + count; ++i)
        if (BoxLink *l = controller->link(ids.at(i)); l && l->streaming())
            ++n;
    return n;
}

// Waits (in the event loop) until want(streaming boxes of the range) or timeoutMs; the ms it took.
template<typename Want>
qint64 waitStreaming(FleetController *c, int first, int count, const QList<qint64> &ids, int timeoutMs, Want want)
{
    QElapsedTimer t;
    t.start();
    qint64 told = 0;
    for (int n; !want(n = streamingCount(c, first, count, ids));) {
        if (t.elapsed() > timeoutMs)
            return -1;
        if (t.elapsed() - told >= 15000) { // a long wait says how far it got
            told = t.elapsed();
            std::printf("  ... %d of %d streaming after %lld s [load %s]\n", n, count, told / 1000,
                        qPrintable(loadAverage()));
        }
        waitMs(100);
    }
    return t.elapsed();
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures appear as they are taken, also into a file
    QCommandLineParser cli;
    const auto opt = [&cli](const char *name, const char *help, const char *value) {
        cli.addOption(
            {QString::fromLatin1(name), QString::fromLatin1(help), QStringLiteral("n"), QString::fromLatin1(value)});
    };
    opt("boxes", "Boxes in the fleet.", "1000");
    opt("quiet-s", "Seconds of quiet fleet to measure CPU over.", "60");
    opt("events", "Events to inject, one at a time.", "200");
    opt("drop", "Boxes to drop at once.", "100");
    opt("down-s", "Seconds the dropped boxes stay down.", "30");
    opt("keepalive-s", "The boxes' keep-alive interval.", "15");
    opt("status-interval-ms", "The console's status poll (0: its default).", "0");
    cli.addOption({QStringLiteral("smoke"), QStringLiteral("Short run; fail when an event or a box is lost.")});
    cli.addHelpOption();
    cli.process(app);
    const int boxes = cli.value(QStringLiteral("boxes")).toInt();
    const int quietS = cli.value(QStringLiteral("quiet-s")).toInt();
    const int events = cli.value(QStringLiteral("events")).toInt();
    const int drop = std::min(cli.value(QStringLiteral("drop")).toInt(), boxes);
    const int downS = cli.value(QStringLiteral("down-s")).toInt();
    const bool smoke = cli.isSet(QStringLiteral("smoke"));
    const int liveTimeoutMs = smoke ? 60000 : 600000;
    bool failed = false;

    const QString password = QString::number(QRandomGenerator::system()->generate64(), 16) + QStringLiteral("Aa1!");
    GeneratorProcess gen;
    QString error;
    QElapsedTimer clock;
    clock.start();
    if (!gen.start(QCoreApplication::applicationDirPath() + QStringLiteral("/fleet_live_gen"), boxes, password,
                   cli.value(QStringLiteral("keepalive-s")).toInt(), &error)) {
        std::fprintf(stderr, "bench_fleet_live: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("generator: %d boxes on 127.0.0.1, one port and certificate each, ready in %.1f s [load %s]\n", boxes,
                double(clock.elapsed()) / 1000, qPrintable(loadAverage()));

    QTemporaryDir dir;
    auto settings = std::make_unique<ConsoleSettings>(dir.path() + QStringLiteral("/console.ini"));
    settings->setDatabasePath(dir.path() + QStringLiteral("/console.sqlite"));
    if (const int ms = cli.value(QStringLiteral("status-interval-ms")).toInt(); ms > 0) {
        LinkTimings timings = settings->timings();
        timings.statusIntervalMs = ms;
        settings->setTimings(timings);
    }
    auto vault = std::make_unique<FakeVault>();
    QList<qint64> ids;
    {
        ConsoleStore store(settings->databasePath());
        if (!store.open()) {
            std::fprintf(stderr, "bench_fleet_live: cannot open the console database\n");
            return 1;
        }
        for (const GeneratorProcess::Box &b : gen.boxes()) {
            BoxRecord r;
            r.url = QStringLiteral("https://127.0.0.1:%1").arg(b.port);
            r.login = QStringLiteral("bench");
            r.fingerprint = b.fingerprint;
            auto added = store.addBox(r);
            if (!added) {
                std::fprintf(stderr, "bench_fleet_live: %s\n", qPrintable(added.error().message));
                return 1;
            }
            vault->put(added->passwordKey(), password);
            ids.append(added->id);
        }
    }

    ConsoleApplication console(std::move(settings), std::move(vault));
    clock.restart();
    if (!console.start(&error)) {
        std::fprintf(stderr, "bench_fleet_live: the console did not start: %s\n", qPrintable(error));
        return 1;
    }
    console.window()->resize(1400, 800);
    console.window()->show();
    FleetController *controller = console.controller();
    const qint64 allLiveMs =
        waitStreaming(controller, 0, boxes, ids, liveTimeoutMs, [boxes](int n) { return n == boxes; });
    std::printf(
        "console: %d of %d boxes streaming events after %.1f s (generator sees %s open streams) "
        "[load %s]\n",
        streamingCount(controller, 0, boxes, ids), boxes, double(allLiveMs < 0 ? liveTimeoutMs : allLiveMs) / 1000,
        qPrintable(gen.ask(QStringLiteral("streams"), QStringLiteral("streams")).mid(8)), qPrintable(loadAverage()));
    if (allLiveMs < 0)
        failed = true;

    // Quiet fleet: keep-alives and the status polls only.
    waitMs(smoke ? 1000 : 10000);
    const CpuSample before = cpuNow(0), genBefore = cpuNow(gen.pid());
    const QString loadBefore = loadAverage();
    waitMs(quietS * 1000);
    const CpuSample after = cpuNow(0), genAfter = cpuNow(gen.pid());
    std::printf("quiet %d s: console CPU %.2f %% of one core, RSS %.1f MB (generator CPU %.2f %%) "
                "[load %s -> %s]\n",
                quietS, cpuPercent(before, after), residentMb(0), cpuPercent(genBefore, genAfter),
                qPrintable(loadBefore), qPrintable(loadAverage()));

    const LatencyFigures latency = measureEvents(console, gen, ids, events, smoke ? 3000 : 10000);
    std::printf("events: %d injected; to the row p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d missed); "
                "to the tray p50 %.1f ms, p99 %.1f ms (%d missed); RSS %.1f MB [load %s]\n",
                events, latency.row.p50, latency.row.p99, latency.row.max, latency.rowMissed, latency.tray.p50,
                latency.tray.p99, latency.trayMissed, residentMb(0), qPrintable(loadAverage()));
    if (latency.rowMissed > 0 || latency.trayMissed > 0)
        failed = true;

    if (drop > 0) {
        const int first = boxes - drop;
        gen.ask(QStringLiteral("drop %1 %2").arg(first).arg(drop), QStringLiteral("dropped"));
        const qint64 seenMs = waitStreaming(controller, first, drop, ids, 60000, [](int n) { return n == 0; });
        waitMs(std::max<qint64>(0, downS * 1000 - std::max<qint64>(0, seenMs)));
        gen.ask(QStringLiteral("restore %1 %2").arg(first).arg(drop), QStringLiteral("restored"));
        const qint64 backMs =
            waitStreaming(controller, first, drop, ids, smoke ? 60000 : 300000, [drop](int n) { return n == drop; });
        const ReconnectFigures r = reconnectFigures(gen.ask(QStringLiteral("attempts"), QStringLiteral("attempts")));
        std::printf("drop %d boxes for %d s: console saw them gone after %.1f s; all streaming again %.1f s after "
                    "the restore; connection attempts at the generator: %d while down (most in one second %d), "
                    "%d after the restore (most in one second %d) [load %s]\n",
                    drop, downS, double(seenMs) / 1000, double(backMs) / 1000, r.whileDown, r.peakDown, r.afterRestore,
                    r.peakAfter, qPrintable(loadAverage()));
        std::printf("attempts per second while down: %s\n", qPrintable(r.perSecond));
        if (backMs < 0 || seenMs < 0)
            failed = true;
    }
    std::printf("RSS at the end: %.1f MB\n", residentMb(0));
    return smoke && failed ? 1 : 0;
}
