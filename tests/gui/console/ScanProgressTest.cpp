// SPDX-License-Identifier: GPL-3.0-or-later
// The device page's scan progress bar follows the box's "scan" events during a real scan of
// loopback by a real mente-box.
#include "ConsoleRig.h"
#include "api/BoxClient.h"
#include "fleet/BoxLink.h"
#include "fleet/FleetController.h"
#include "ui/BoxWindow.h"
#include "ui/DeviceTreeModel.h"
#include "ui/DevicesPage.h"
#include "ui/MainWindow.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QItemSelectionModel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTcpServer>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>
#include <iostream>

using namespace mente;
using namespace mente::console;
using mente::test::BoxProcess;
using mente::test::ConsoleRig;
using mente::test::enrol;

namespace {
bool hasPort(const DeviceTreeModel *model, qint64 deviceId, int port)
{
    for (const Device &d : model->devices())
        if (d.id == deviceId)
            for (const Port &p : d.ports)
                if (p.port == port)
                    return true;
    return false;
}
} // namespace

TEST(ConsoleScanProgress, TheBarMovesWithTheBoxsScanEventsAndTheScannedDeviceAloneIsReloaded)
{
    // One connection attempt at a time over every port of 127.0.0.1: a scan of a few seconds.
    BoxProcess box;
    box.setConfig(QStringLiteral("[scan]\nmethod=connect\nmax_in_flight=1\nthreads=1\n"));
    ASSERT_TRUE(box.start()) << box.output().toStdString();
    QTcpServer open; // the one port the scan must find
    ASSERT_TRUE(open.listen(QHostAddress::LocalHost, 0));
    ConsoleRig rig;
    ASSERT_TRUE(rig.start());
    const qint64 id = enrol(rig, box);
    ASSERT_GT(id, 0);

    BoxWindow *details = rig.app->window()->openBox(id);
    details->resize(1100, 420);
    DevicesPage *devices = details->devicesPage();
    details->tabs()->setCurrentWidget(devices);
    QSignalSpy failed(devices, &DevicesPage::requestFailed);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return devices->hasLoaded(); }, 20000));
    devices->addDevice(QStringLiteral("127.0.0.1"));
    ASSERT_TRUE(QTest::qWaitFor([&]() { return devices->model()->rowCount() >= 1; }, 20000))
        << (failed.isEmpty() ? std::string() : failed.last().first().toString().toStdString());
    const QModelIndex row = devices->model()->index(0, 0);
    const qint64 deviceId = row.data(DeviceTreeModel::IdRole).toLongLong();
    ASSERT_FALSE(hasPort(devices->model(), deviceId, open.serverPort()));
    // The events come over the box's stream: wait until the link follows it.
    BoxLink *link = rig.app->controller()->link(id);
    ASSERT_NE(link, nullptr);

    auto *bar = devices->findChild<QProgressBar *>(QStringLiteral("scanProgress"));
    ASSERT_NE(bar, nullptr);
    EXPECT_FALSE(bar->isVisible());
    QList<int> values; // what the bar showed, in order, while it was visible
    bool pictured = false;
    QObject::connect(bar, &QProgressBar::valueChanged, bar, [&](int value) {
        values.append(value);
        if (!pictured && value > 0 && value < 100 && bar->isVisible()) {
            pictured = details->grab().save(QStringLiteral(MENTE_SCREENSHOT_DIR "/console-scan-progress-en.png"));
        }
    });
    QSignalSpy reloads(devices, &DevicesPage::loaded); // a whole device list fetched again

    devices->view()->selectionModel()->select(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QElapsedTimer took;
    took.start();
    devices->scanSelection(true); // every port
    ASSERT_TRUE(QTest::qWaitFor([&]() { return bar->isVisible(); }, 20000))
        << (failed.isEmpty() ? std::string() : failed.last().first().toString().toStdString());
    ASSERT_TRUE(QTest::qWaitFor(
        [&]() { return !bar->isVisible() && hasPort(devices->model(), deviceId, open.serverPort()); }, 120000))
        << "bar " << (bar->isVisible() ? "visible" : "hidden") << " at " << bar->value();
    std::cout << "[ NOTE ] the scan of 65535 ports took " << took.elapsed() << " ms; the bar showed";
    for (const int v : std::as_const(values))
        std::cout << ' ' << v;
    std::cout << '\n';

    // At least two different values between 0 and 100, rising, then the end.
    QList<int> between;
    for (const int v : std::as_const(values))
        if (v > 0 && v < 100 && !between.contains(v))
            between.append(v);
    EXPECT_GE(between.size(), 2);
    EXPECT_TRUE(std::is_sorted(values.cbegin(), values.cend()));
    ASSERT_FALSE(values.isEmpty());
    EXPECT_EQ(values.last(), 100);
    EXPECT_TRUE(pictured);
    EXPECT_TRUE(failed.isEmpty()) << failed.last().first().toString().toStdString();
    // Only the scanned device was fetched again, never the whole list.
    EXPECT_EQ(reloads.size(), 0);
    EXPECT_NE(
        devices->model()->indexOfDevice(deviceId, DeviceTreeModel::State).data(DeviceTreeModel::StateRole).toInt(),
        int(HealthState::Scanning));
    EXPECT_TRUE(details->grab().save(QStringLiteral(MENTE_SCREENSHOT_DIR "/console-scan-done-en.png")));
}
