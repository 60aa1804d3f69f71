// SPDX-License-Identifier: GPL-3.0-or-later
// "Acknowledge this box" and "mute this box" from the console are one call each to a real
// mente-box, which decides what they concern; a port's acknowledgement is taken back on the box;
// the row's and the tray's mute and acknowledge reach the box, and a box out of reach is said so.
#include "ConsoleRig.h"
#include "fleet/Fleet.h"
#include "fleet/FleetController.h"
#include "support/HttpsClient.h"
#include "tray/TrayController.h"
#include "ui/BoxWindow.h"
#include "ui/DeviceTreeModel.h"
#include "ui/DevicesPage.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QHostAddress>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStatusBar>
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

// The box's box-wide mutes (GET /api/v1/mutes).
QJsonArray boxMutes(HttpsClient &https)
{
    QJsonArray found;
    for (const QJsonValue &v : https.get(QStringLiteral("/api/v1/mutes")).jsonArray())
        if (v.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("box"))
            found.append(v);
    return found;
}

// The set-up both tests share: a real box whose monitor checks every second, enrolled through the
// console's dialogs, an admin HTTPS client of the test's own, and the box's fleet row selected.
class ConsoleQuieting : public ::testing::Test
{
protected:
    void SetUp() override
    {
        box.setConfig(QStringLiteral("[monitor]\ninterval_s=1\ntimeout_ms=500\nretries=1\ngateway=none\n"));
        ASSERT_TRUE(box.start()) << box.output().toStdString();
        ASSERT_TRUE(rig.start());
        id = enrol(rig, box);
        ASSERT_GT(id, 0);
        https = std::make_unique<HttpsClient>(box.apiUrl(), box.fingerprint());
        ASSERT_EQ(https->login(QStringLiteral("admin"), NewPassword).status, 200);
        fleet = rig.app->fleet();
        ASSERT_TRUE(QTest::qWaitFor([&]() { return fleet->find(id) && fleet->find(id)->hasStatus; }, 20000));
        window = rig.app->window();
        window->showBoxRow(id);
        window->table()->selectRow(0);
        results = std::make_unique<QSignalSpy>(rig.app->controller(), &FleetController::remoteResult);
    }

    // Adds the device 127.0.0.1 (once) and `count` monitored ports of it nobody listens on, and
    // waits until the box has each in fault. Their ids; fewer when the box refused one.
    QList<qint64> addFaultyPorts(int count)
    {
        QList<qint64> ports;
        if (deviceId == 0) {
            const auto device =
                https->post(QStringLiteral("/api/v1/devices"), {{QStringLiteral("ip"), QStringLiteral("127.0.0.1")}});
            EXPECT_EQ(device.status, 201);
            deviceId = device.json().value(QStringLiteral("id")).toInteger();
        }
        for (int i = 0; i < count; ++i) {
            QTcpServer closed;
            if (!closed.listen(QHostAddress::LocalHost, 0))
                return ports;
            const int number = closed.serverPort();
            closed.close();
            const auto port = https->post(QStringLiteral("/api/v1/devices/%1/ports").arg(deviceId),
                                          {{QStringLiteral("port"), number}});
            EXPECT_EQ(port.status, 201) << port.body.toStdString();
            if (port.status != 201)
                return ports;
            const qint64 portId = port.json().value(QStringLiteral("id")).toInteger();
            EXPECT_EQ(https->patch(QStringLiteral("/api/v1/ports/%1").arg(portId), {{QStringLiteral("monitor"), true}})
                          .status,
                      200);
            ports.append(portId);
        }
        for (const qint64 p : std::as_const(ports))
            EXPECT_TRUE(QTest::qWaitFor(
                [&]() {
                    return portOnBox(*https, p).value(QStringLiteral("state")).toString() == QStringLiteral("fault");
                },
                20000))
                << "port " << p << " never in fault";
        return ports;
    }

    BoxProcess box;
    ConsoleRig rig;
    qint64 id = 0; // the box in the console
    std::unique_ptr<HttpsClient> https;
    Fleet *fleet = nullptr;
    MainWindow *window = nullptr;
    std::unique_ptr<QSignalSpy> results; // FleetController::remoteResult
    qint64 deviceId = 0;                 // 127.0.0.1 on the box, once addFaultyPorts() made it
};
} // namespace

TEST_F(ConsoleQuieting, BoxAckAndMuteAreSingleCallsAndAPortsAcknowledgementIsTakenBackOnTheBox)
{
    const QList<qint64> ports = addFaultyPorts(2); // two ports in fault on 127.0.0.1: nobody listens on them
    ASSERT_EQ(ports.size(), 2);

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
    ASSERT_TRUE(results->wait(20000));
    EXPECT_TRUE(results->last().at(1).toBool()) << results->last().at(2).toString().toStdString();
    EXPECT_TRUE(results->last().at(2).toString().startsWith(QStringLiteral("2 faults")))
        << results->last().at(2).toString().toStdString();
    EXPECT_EQ(audited(*https, QStringLiteral("box.ack")), 1);
    EXPECT_EQ(audited(*https, QStringLiteral("port.ack")), 0);
    for (const qint64 p : std::as_const(ports))
        EXPECT_TRUE(portOnBox(*https, p).value(QStringLiteral("acknowledged")).toBool());
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
    ASSERT_TRUE(results->wait(20000));
    EXPECT_TRUE(results->last().at(1).toBool()) << results->last().at(2).toString().toStdString();
    EXPECT_EQ(audited(*https, QStringLiteral("box.mute")), 1);
    window->findChild<QAction *>(QStringLiteral("unmuteAction"))->trigger();
    ASSERT_TRUE(results->wait(20000));
    EXPECT_TRUE(results->last().at(1).toBool()) << results->last().at(2).toString().toStdString();
    EXPECT_EQ(audited(*https, QStringLiteral("box.unmute")), 1);
    EXPECT_EQ(audited(*https, QStringLiteral("mute.add")) + audited(*https, QStringLiteral("mute.remove")), 0);

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
    EXPECT_FALSE(portOnBox(*https, ports.first()).value(QStringLiteral("acknowledged")).toBool());
    EXPECT_TRUE(portOnBox(*https, ports.last()).value(QStringLiteral("acknowledged")).toBool());
    EXPECT_EQ(audited(*https, QStringLiteral("port.unack")), 1);
    EXPECT_FALSE(
        portRow.siblingAtColumn(DeviceTreeModel::State).data().toString().contains(QStringLiteral("acknowledged")));

    // A second take-back is refused by the box (nothing to take back) and said on the page.
    QSignalSpy failed(devices, &DevicesPage::requestFailed);
    devices->setAcknowledged(true, ports.first(), false);
    ASSERT_TRUE(failed.wait(20000));
    EXPECT_EQ(audited(*https, QStringLiteral("port.unack")), 1);
}

TEST_F(ConsoleQuieting, MuteAndAcknowledgeReachTheBox)
{
    // Muting the row (its menu) puts a box-wide mute on the box; muting again replaces it.
    ASSERT_TRUE(boxMutes(*https).isEmpty());
    window->findChild<QAction *>(QStringLiteral("muteFor60"))->trigger();
    EXPECT_TRUE(fleet->find(id)->muted(QDateTime::currentDateTimeUtc()));
    ASSERT_TRUE(results->wait(20000));
    EXPECT_TRUE(results->last().at(1).toBool()) << results->last().at(2).toString().toStdString();
    QJsonArray mutes = boxMutes(*https);
    ASSERT_EQ(mutes.size(), 1);
    const QDateTime until =
        QDateTime::fromString(mutes.first().toObject().value(QStringLiteral("until")).toString(), Qt::ISODate);
    EXPECT_NEAR(double(QDateTime::currentDateTimeUtc().secsTo(until)), 3600.0, 120.0);
    window->findChild<QAction *>(QStringLiteral("muteFor15"))->trigger();
    ASSERT_TRUE(results->wait(20000));
    mutes = boxMutes(*https);
    ASSERT_EQ(mutes.size(), 1);
    EXPECT_LT(QDateTime::currentDateTimeUtc().secsTo(QDateTime::fromString(
                  mutes.first().toObject().value(QStringLiteral("until")).toString(), Qt::ISODate)),
              1000);

    // Notifications on again: the console's mute is gone from the box, the local state follows.
    window->findChild<QAction *>(QStringLiteral("unmuteAction"))->trigger();
    EXPECT_FALSE(fleet->find(id)->muted(QDateTime::currentDateTimeUtc()));
    ASSERT_TRUE(results->wait(20000));
    EXPECT_TRUE(results->last().at(1).toBool()) << results->last().at(2).toString().toStdString();
    EXPECT_TRUE(boxMutes(*https).isEmpty());

    // A port in fault: a device 127.0.0.1 with a port nobody listens on, monitored.
    const QList<qint64> faulty = addFaultyPorts(1);
    ASSERT_EQ(faulty.size(), 1);
    const qint64 portId = faulty.first();
    EXPECT_FALSE(portOnBox(*https, portId).value(QStringLiteral("acknowledged")).toBool());

    // Acknowledging the row acknowledges the port on the box.
    window->findChild<QAction *>(QStringLiteral("acknowledgeAction"))->trigger();
    EXPECT_TRUE(fleet->find(id)->acknowledged);
    ASSERT_TRUE(results->wait(20000));
    EXPECT_TRUE(results->last().at(1).toBool()) << results->last().at(2).toString().toStdString();
    EXPECT_TRUE(portOnBox(*https, portId).value(QStringLiteral("acknowledged")).toBool());

    // The tray's "mute the last notified box" mutes it on the box as well.
    TrayController *tray = rig.app->tray();
    ASSERT_NE(tray, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return tray->lastNotice() && tray->lastNotice()->boxId == id; }, 20000));
    {
        tray->muteLast();
        ASSERT_TRUE(results->wait(20000));
        EXPECT_EQ(boxMutes(*https).size(), 1);
    }

    // A box that cannot be reached keeps the local state and says so in the status bar.
    ASSERT_TRUE(box.stop());
    window->findChild<QAction *>(QStringLiteral("muteFor240"))->trigger();
    EXPECT_TRUE(fleet->find(id)->muted(QDateTime::currentDateTimeUtc()));
    ASSERT_TRUE(results->wait(30000));
    EXPECT_FALSE(results->last().at(1).toBool());
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("could not be reached")))
        << window->statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(fleet->find(id)->muted(QDateTime::currentDateTimeUtc()));
}
