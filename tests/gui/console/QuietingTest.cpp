// SPDX-License-Identifier: GPL-3.0-or-later
// "Acknowledge this box" and "mute this box" from the console are one call each to a real
// mente-box, which decides what they concern; a port's acknowledgement is taken back on the box.
#include "ConsoleRig.h"
#include "fleet/Fleet.h"
#include "fleet/FleetController.h"
#include "support/HttpsClient.h"
#include "ui/BoxWindow.h"
#include "ui/DeviceTreeModel.h"
#include "ui/DevicesPage.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QHostAddress>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace mente;
using namespace mente::console;
using mente::test::BoxProcess;
using mente::test::ConsoleRig;
using mente::test::enrol;
using mente::test::HttpsClient;
using mente::test::NewPassword;
using mente::test::portOnBox;

namespace {
int audited(HttpsClient &https, const QString &action)
{
    int n = 0;
    for (const QJsonValue &v : https.get(QStringLiteral("/api/v1/audit")).jsonArray())
        n += v.toObject().value(QStringLiteral("action")).toString() == action ? 1 : 0;
    return n;
}
} // namespace

TEST(ConsoleQuieting, BoxAckAndMuteAreSingleCallsAndAPortsAcknowledgementIsTakenBackOnTheBox)
{
    BoxProcess box;
    box.setConfig(QStringLiteral("[monitor]\ninterval_s=1\ntimeout_ms=500\nretries=1\ngateway=none\n"));
    ASSERT_TRUE(box.start()) << box.output().toStdString();
    ConsoleRig rig;
    ASSERT_TRUE(rig.start());
    const qint64 id = enrol(rig, box);
    ASSERT_GT(id, 0);
    HttpsClient https(box.apiUrl(), box.fingerprint());
    ASSERT_EQ(https.login(QStringLiteral("admin"), NewPassword).status, 200);

    // Two ports in fault on 127.0.0.1: nobody listens on them.
    QList<qint64> ports;
    const auto device =
        https.post(QStringLiteral("/api/v1/devices"), {{QStringLiteral("ip"), QStringLiteral("127.0.0.1")}});
    ASSERT_EQ(device.status, 201);
    const qint64 deviceId = device.json().value(QStringLiteral("id")).toInteger();
    for (int i = 0; i < 2; ++i) {
        QTcpServer closed;
        ASSERT_TRUE(closed.listen(QHostAddress::LocalHost, 0));
        const int number = closed.serverPort();
        closed.close();
        const auto port =
            https.post(QStringLiteral("/api/v1/devices/%1/ports").arg(deviceId), {{QStringLiteral("port"), number}});
        ASSERT_EQ(port.status, 201) << port.body.toStdString();
        ports.append(port.json().value(QStringLiteral("id")).toInteger());
        ASSERT_EQ(https.patch(QStringLiteral("/api/v1/ports/%1").arg(ports.last()), {{QStringLiteral("monitor"), true}})
                      .status,
                  200);
    }
    for (const qint64 p : std::as_const(ports))
        ASSERT_TRUE(QTest::qWaitFor(
            [&]() { return portOnBox(https, p).value(QStringLiteral("state")).toString() == QStringLiteral("fault"); },
            20000));

    MainWindow *window = rig.app->window();
    Fleet *fleet = rig.app->fleet();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return fleet->find(id) && fleet->find(id)->hasStatus; }, 20000));
    window->showBoxRow(id);
    window->table()->selectRow(0);
    QSignalSpy results(rig.app->controller(), &FleetController::remoteResult);

    // The devices page is open while the box is acknowledged from the fleet row.
    BoxWindow *details = window->openBox(id);
    DevicesPage *devices = details->devicesPage();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return devices->hasLoaded(); }, 20000));
    const QModelIndex deviceRow = devices->model()->indexOfDevice(deviceId);
    ASSERT_EQ(devices->model()->rowCount(deviceRow), 2);
    auto stateOf = [&](int row) {
        return devices->model()->index(row, DeviceTreeModel::State, deviceRow).data().toString();
    };
    EXPECT_FALSE(stateOf(0).contains(QStringLiteral("acknowledged")));

    // Acknowledge the box: one call, one audit row, both faults acknowledged.
    window->findChild<QAction *>(QStringLiteral("acknowledgeAction"))->trigger();
    ASSERT_TRUE(results.wait(20000));
    EXPECT_TRUE(results.last().at(1).toBool()) << results.last().at(2).toString().toStdString();
    EXPECT_TRUE(results.last().at(2).toString().startsWith(QStringLiteral("2 faults")))
        << results.last().at(2).toString().toStdString();
    EXPECT_EQ(audited(https, QStringLiteral("box.ack")), 1);
    EXPECT_EQ(audited(https, QStringLiteral("port.ack")), 0);
    for (const qint64 p : std::as_const(ports))
        EXPECT_TRUE(portOnBox(https, p).value(QStringLiteral("acknowledged")).toBool());
    // The box's one "ack" event marks both port rows on the open page.
    EXPECT_TRUE(QTest::qWaitFor(
        [&]() {
            return stateOf(0).contains(QStringLiteral("acknowledged"))
                   && stateOf(1).contains(QStringLiteral("acknowledged"));
        },
        20000))
        << stateOf(0).toStdString() << " / " << stateOf(1).toStdString();

    // Mute the box and end it: one call each.
    window->findChild<QAction *>(QStringLiteral("muteFor60"))->trigger();
    ASSERT_TRUE(results.wait(20000));
    EXPECT_TRUE(results.last().at(1).toBool()) << results.last().at(2).toString().toStdString();
    EXPECT_EQ(audited(https, QStringLiteral("box.mute")), 1);
    window->findChild<QAction *>(QStringLiteral("unmuteAction"))->trigger();
    ASSERT_TRUE(results.wait(20000));
    EXPECT_TRUE(results.last().at(1).toBool()) << results.last().at(2).toString().toStdString();
    EXPECT_EQ(audited(https, QStringLiteral("box.unmute")), 1);
    EXPECT_EQ(audited(https, QStringLiteral("mute.add")) + audited(https, QStringLiteral("mute.remove")), 0);

    // On the devices page: take the first port's acknowledgement back; the box has it so.
    QModelIndex portRow;
    for (int r = 0; r < 2; ++r)
        if (devices->model()->index(r, 0, deviceRow).data(DeviceTreeModel::IdRole).toLongLong() == ports.first())
            portRow = devices->model()->index(r, 0, deviceRow);
    ASSERT_TRUE(portRow.isValid());
    EXPECT_TRUE(
        portRow.siblingAtColumn(DeviceTreeModel::State).data().toString().contains(QStringLiteral("acknowledged")));
    devices->view()->selectionModel()->select(portRow, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy applied(devices, &DevicesPage::changeApplied);
    devices->setAcknowledgedForSelection(false);
    ASSERT_TRUE(applied.wait(20000));
    EXPECT_FALSE(portOnBox(https, ports.first()).value(QStringLiteral("acknowledged")).toBool());
    EXPECT_TRUE(portOnBox(https, ports.last()).value(QStringLiteral("acknowledged")).toBool());
    EXPECT_EQ(audited(https, QStringLiteral("port.unack")), 1);
    EXPECT_FALSE(
        portRow.siblingAtColumn(DeviceTreeModel::State).data().toString().contains(QStringLiteral("acknowledged")));

    // A second take-back is refused by the box (nothing to take back) and said on the page.
    QSignalSpy failed(devices, &DevicesPage::requestFailed);
    devices->setAcknowledged(true, ports.first(), false);
    ASSERT_TRUE(failed.wait(20000));
    EXPECT_EQ(audited(https, QStringLiteral("port.unack")), 1);
}
