// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventLatency.h"

#include "GeneratorProcess.h"
#include "app/ConsoleApplication.h"
#include "fleet/Fleet.h"
#include "fleet/FleetModel.h"
#include "tray/TrayController.h"
#include "ui/MainWindow.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>

namespace mente::bench {

LatencyFigures measureEvents(console::ConsoleApplication &console, GeneratorProcess &gen, const QList<qint64> &ids,
                             int events, int timeoutMs)
{
    console::Fleet *fleet = console.fleet();
    console::TrayController *tray = console.tray();
    QElapsedTimer clock;
    clock.start();
    struct Pending
    {
        bool active = false;
        qint64 boxId = 0;
        int row = -1;
        qint64 seq = 0;
        int notified = 0; // the tray's count before the event
        qint64 startNs = 0;
        qint64 rowNs = -1;
        qint64 trayNs = -1;
    } p;
    // Connected after the tray's own slot (ConsoleApplication::start), so the tray has counted
    // the notice by the time this runs.
    const QMetaObject::Connection onNotice =
        QObject::connect(fleet, &console::Fleet::noticeRaised, fleet, [&](const console::Notice &n) {
            if (p.active && p.trayNs < 0 && n.boxId == p.boxId && tray->shownNotifications() > p.notified)
                p.trayNs = clock.nsecsElapsed();
        });
    const QMetaObject::Connection onRow =
        QObject::connect(console.window()->model(), &QAbstractItemModel::dataChanged, fleet,
                         [&](const QModelIndex &from, const QModelIndex &to) {
                             if (p.active && p.rowNs < 0 && from.row() <= p.row && p.row <= to.row()
                                 && fleet->at(p.row).lastSeq >= p.seq)
                                 p.rowNs = clock.nsecsElapsed();
                         });

    QHash<int, qint64> seqOf;
    QList<double> rowMs, trayMs;
    LatencyFigures f;
    for (int k = 0; k < events; ++k) {
        const int box = int(QRandomGenerator::global()->bounded(int(ids.size())));
        p = Pending{true,
                    ids.at(box),
                    fleet->rowOf(ids.at(box)),
                    ++seqOf[box],
                    tray->shownNotifications(),
                    clock.nsecsElapsed(),
                    -1,
                    -1};
        gen.send(QStringLiteral("event %1").arg(box));
        QElapsedTimer waited;
        waited.start();
        while ((p.rowNs < 0 || p.trayNs < 0) && waited.elapsed() < timeoutMs)
            waitMs(5);
        p.active = false;
        if (p.rowNs >= 0)
            rowMs.append(double(p.rowNs - p.startNs) / 1e6);
        else
            ++f.rowMissed;
        if (p.trayNs >= 0)
            trayMs.append(double(p.trayNs - p.startNs) / 1e6);
        else
            ++f.trayMissed;
        gen.waitFor(QStringLiteral("injected"), 1000);
        waitMs(50 + int(QRandomGenerator::global()->bounded(100)));
    }
    QObject::disconnect(onNotice);
    QObject::disconnect(onRow);
    f.row = spreadOf(rowMs);
    f.tray = spreadOf(trayMs);
    return f;
}

} // namespace mente::bench
