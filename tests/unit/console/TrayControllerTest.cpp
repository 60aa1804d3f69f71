// SPDX-License-Identifier: GPL-3.0-or-later
#include "tray/TrayController.h"

#include "app/LanguageManager.h"
#include "fleet/Fleet.h"
#include "fleet/FleetController.h"
#include "store/ConsoleSettings.h"
#include "store/ConsoleStore.h"
#include "support/FakeClock.h"
#include "shared/EventDetails.h"
#include "support/FakeVault.h"
#include "support/QtPrinters.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace mente;
using namespace mente::console;

namespace {
struct TrayRig
{
    QTemporaryDir dir;
    ConsoleSettings settings{dir.path() + QStringLiteral("/c.ini")};
    ConsoleStore store{dir.path() + QStringLiteral("/c.sqlite")};
    Fleet fleet;
    FakeVault vault;
    QNetworkAccessManager nam;
    std::unique_ptr<FleetController> controller;
    std::unique_ptr<TrayController> tray;
    qint64 id = 0;

    TrayRig()
    {
        EXPECT_TRUE(store.open().ok());
        BoxRecord r;
        r.url = QStringLiteral("https://127.0.0.1:1");
        r.login = QStringLiteral("admin");
        r.fingerprint = QStringLiteral("sha256:00");
        id = store.addBox(r)->id;
        BoxStatus s;
        s.serial = QStringLiteral("MB-1");
        s.customerName = QStringLiteral("テスト");
        s.deviceState = HealthState::Ok;
        s.boxState = HealthState::Ok;
        s.vpnState = HealthState::Ok;
        store.saveStatus(id, s, QDateTime::currentDateTimeUtc());
        controller = std::make_unique<FleetController>(&fleet, &store, &vault, &nam, LinkTimings{});
        fleet.load(store.loadBoxes(), QDateTime::currentDateTimeUtc());
        tray = std::make_unique<TrayController>(controller.get(), &settings);
    }
    void portEvent(qint64 seq, const char *from, const char *to)
    {
        Event e;
        e.seq = seq;
        e.kind = QStringLiteral("port");
        e.id = 7;
        e.from = QString::fromLatin1(from);
        e.to = QString::fromLatin1(to);
        e.at = QDateTime::currentDateTimeUtc();
        fleet.applyEvent(id, e);
    }
    // A change as the box sends it: with the target's detail (MonitorScheduler::commit).
    void targetEvent(qint64 seq, const char *kind, const char *cause, const TargetStateDetail &detail,
                     const char *from = "ok", const char *to = "fault")
    {
        Event e;
        e.seq = seq;
        e.kind = QString::fromLatin1(kind);
        e.id = 7;
        e.from = QString::fromLatin1(from);
        e.to = QString::fromLatin1(to);
        e.cause = QString::fromLatin1(cause);
        e.detail = detail.toJson();
        e.at = QDateTime::currentDateTimeUtc();
        fleet.applyEvent(id, e);
    }
};

TargetStateDetail printer(int port = 0, const char *protocol = "", const char *checkCause = "")
{
    TargetStateDetail d;
    d.ip = QStringLiteral("192.168.1.10");
    d.name = QStringLiteral("printer");
    d.deviceId = port ? 3 : 0;
    d.port = port;
    d.protocol = QString::fromLatin1(protocol);
    d.method = QStringLiteral("tcp");
    d.checkCause = QString::fromLatin1(checkCause);
    return d;
}
} // namespace

TEST(TrayController, IconFollowsTheWorstStateAndEachFaultAndRecoveryIsNotified)
{
    TrayRig rig;
    ASSERT_TRUE(QTest::qWaitFor([&]() { return rig.tray->shownState() == HealthState::Ok; }, 2000));
    rig.portEvent(1, "ok", "fault");
    EXPECT_EQ(rig.tray->shownNotifications(), 1);
    EXPECT_TRUE(rig.tray->lastTitle().contains(QStringLiteral("テスト")));
    EXPECT_TRUE(rig.tray->lastMessage().contains(QStringLiteral("#7")));
    BoxStatus s = rig.fleet.find(rig.id)->status;
    s.deviceState = HealthState::Fault;
    rig.fleet.updateStatus(rig.id, s, QDateTime::currentDateTimeUtc());
    EXPECT_TRUE(QTest::qWaitFor([&]() { return rig.tray->shownState() == HealthState::Fault; }, 2000));
    rig.portEvent(2, "fault", "ok");
    EXPECT_EQ(rig.tray->shownNotifications(), 2);
    EXPECT_TRUE(rig.tray->lastTitle().startsWith(QStringLiteral("Recovered")));

    // Clicking the notification opens the box's row.
    QSignalSpy open(rig.tray.get(), &TrayController::openRequested);
    rig.tray->openLast();
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.first().first().toLongLong(), rig.id);
}

TEST(TrayController, AcknowledgeAndMuteFromTheLastNotificationAreKeptLocally)
{
    TrayRig rig;
    BoxStatus s = rig.fleet.find(rig.id)->status;
    s.deviceState = HealthState::Fault;
    rig.fleet.updateStatus(rig.id, s, QDateTime::currentDateTimeUtc());
    rig.portEvent(1, "ok", "fault");
    ASSERT_TRUE(QTest::qWaitFor([&]() { return rig.tray->shownState() == HealthState::Fault; }, 2000));
    rig.tray->acknowledgeLast();
    EXPECT_TRUE(QTest::qWaitFor([&]() { return rig.tray->shownState() != HealthState::Fault; }, 2000));
    EXPECT_TRUE(rig.store.loadBoxes().first().acknowledged);

    rig.tray->muteLast();
    const int before = rig.tray->shownNotifications();
    rig.portEvent(2, "fault", "ok");
    rig.portEvent(3, "ok", "fault");
    EXPECT_EQ(rig.tray->shownNotifications(), before); // muted: no pop-ups
    EXPECT_TRUE(rig.store.loadBoxes().first().mutedUntil > QDateTime::currentDateTimeUtc());
}

TEST(TrayController, ConnectOnAPortNotificationAsksForASessionToThatPort)
{
    TrayRig rig;
    QSignalSpy connectSpy(rig.tray.get(), &TrayController::connectRequested);
    QSignalSpy open(rig.tray.get(), &TrayController::openRequested);
    rig.tray->connectLast(); // nothing notified yet: nothing to connect to
    EXPECT_TRUE(connectSpy.isEmpty());
    EXPECT_TRUE(open.isEmpty());
    rig.portEvent(1, "ok", "fault");
    rig.tray->connectLast();
    ASSERT_EQ(connectSpy.size(), 1);
    EXPECT_EQ(connectSpy.first().at(0).toLongLong(), rig.id);
    EXPECT_EQ(connectSpy.first().at(1).toLongLong(), 7);
    EXPECT_TRUE(open.isEmpty());
}

TEST(TrayController, ANewDeviceOnTheLanIsNotifiedUnlessTheBoxIsMuted)
{
    TrayRig rig;
    Event e;
    e.seq = 1;
    e.kind = QStringLiteral("device.new");
    e.id = 12;
    e.to = QStringLiteral("192.168.1.50");
    e.detail = {{QStringLiteral("ip"), QStringLiteral("192.168.1.50")}, // as the box's DeviceNewDetail has it
                {QStringLiteral("mac"), QStringLiteral("00:22:72:00:00:31")},
                {QStringLiteral("vendor"), QStringLiteral("American Micro-Fuel Device Corp.")},
                {QStringLiteral("discoveryId"), 3}};
    e.at = QDateTime::currentDateTimeUtc();
    rig.fleet.applyEvent(rig.id, e);
    ASSERT_EQ(rig.tray->shownNotifications(), 1);
    EXPECT_TRUE(rig.tray->lastTitle().startsWith(QStringLiteral("New device on the LAN")))
        << rig.tray->lastTitle().toStdString();
    EXPECT_TRUE(rig.tray->lastTitle().contains(QStringLiteral("テスト")));
    EXPECT_EQ(rig.tray->lastMessage(),
              QStringLiteral("192.168.1.50 / 00:22:72:00:00:31 (American Micro-Fuel Device Corp.)"));
    ASSERT_NE(rig.tray->lastNotice(), nullptr);
    EXPECT_EQ(rig.tray->lastNotice()->kind, Notice::Kind::NewDevice);
    EXPECT_EQ(rig.tray->lastNotice()->targetId, 12);
    EXPECT_FALSE(rig.tray->lastNotice()->isFault());
    // It is no fault: the fleet's state stays as it was.
    EXPECT_TRUE(QTest::qWaitFor([&]() { return rig.tray->shownState() == HealthState::Ok; }, 2000));

    rig.tray->muteLast(); // like every notification of the box
    e.seq = 2;
    e.id = 13;
    rig.fleet.applyEvent(rig.id, e);
    EXPECT_EQ(rig.tray->shownNotifications(), 1);
}

// The tray, the fleet and the links read the time from the clock they are given.
TEST(TrayController, MutesTheLastBoxFromTheClocksNowAndTheMuteEndsWhenTheClockPassesIt)
{
    QTemporaryDir dir;
    ConsoleSettings settings{dir.path() + QStringLiteral("/c.ini")};
    ConsoleStore store{dir.path() + QStringLiteral("/c.sqlite")};
    ASSERT_TRUE(store.open().ok());
    test::FakeClock clock;
    Fleet fleet(clock);
    FakeVault vault;
    QNetworkAccessManager nam;
    BoxRecord r;
    r.url = QStringLiteral("https://127.0.0.1:1");
    r.login = QStringLiteral("admin");
    r.fingerprint = QStringLiteral("sha256:00");
    const qint64 id = store.addBox(r)->id;
    FleetController controller(&fleet, &store, &vault, &nam, LinkTimings{});
    fleet.load(store.loadBoxes(), clock.now());
    TrayController tray(&controller, &settings);
    Event e;
    e.seq = 1;
    e.kind = QStringLiteral("port");
    e.id = 7;
    e.from = QStringLiteral("ok");
    e.to = QStringLiteral("fault");
    e.at = clock.now();
    fleet.applyEvent(id, e);
    ASSERT_NE(tray.lastNotice(), nullptr);

    tray.muteLast();
    const QDateTime until = clock.now().addSecs(qint64(settings.defaultMuteMinutes()) * 60);
    EXPECT_EQ(fleet.find(id)->mutedUntil, until);
    EXPECT_TRUE(fleet.find(id)->muted(fleet.now()));
    clock.set(until.addSecs(1));
    EXPECT_FALSE(fleet.find(id)->muted(fleet.now()));
}

// The notification names the device and port as a person knows them (the event's detail), and
// the box's cause in the console's language; a cause the console does not know stays as is.
TEST(TrayController, ANotificationNamesTheDeviceAndPortAndTheCauseInWords)
{
    TrayRig rig;
    LanguageManager language;
    ASSERT_TRUE(language.apply(QStringLiteral("en")));
    rig.targetEvent(1, "port", "refused", printer(443, "HTTPS", "refused"));
    EXPECT_EQ(rig.tray->lastMessage(),
              QStringLiteral("192.168.1.10 (printer) port 443 HTTPS: OK → Fault (connection refused)"));
    EXPECT_EQ(rig.tray->lastNotice()->port, 443);
    rig.targetEvent(2, "device", "timeout", printer(0, "", "timeout"), "fault", "ok");
    EXPECT_EQ(rig.tray->lastMessage(), QStringLiteral("192.168.1.10 (printer): Fault → OK (no answer in time)"));
    rig.targetEvent(3, "port", "http 503", printer(80, "HTTP", "http 503"));
    EXPECT_EQ(rig.tray->lastMessage(),
              QStringLiteral("192.168.1.10 (printer) port 80 HTTP: OK → Fault (HTTP status 503)"));
    rig.targetEvent(4, "port", "flapping", printer(22, "SSH", "timeout (no ssh banner)"), "fault", "ok");
    EXPECT_EQ(rig.tray->lastMessage(),
              QStringLiteral("192.168.1.10 (printer) port 22 SSH: Fault → OK "
                             "(keeps changing state; last check: no answer in time (no SSH banner))"));
    TargetStateDetail unnamed = printer(8080);
    unnamed.name.clear();
    rig.targetEvent(5, "port", "a new cause", unnamed);
    EXPECT_EQ(rig.tray->lastMessage(), QStringLiteral("192.168.1.10 port 8080: OK → Fault (a new cause)"));

    ASSERT_TRUE(language.apply(QStringLiteral("ja")));
    rig.targetEvent(6, "port", "refused", printer(443, "HTTPS", "refused"), "fault", "ok");
    rig.targetEvent(7, "port", "refused", printer(443, "HTTPS", "refused"));
    EXPECT_EQ(rig.tray->lastMessage(), QStringLiteral("192.168.1.10（printer） のポート 443 HTTPS: 正常 → 異常（接続拒否）"));
    rig.targetEvent(8, "device", "timeout", printer(0, "", "timeout"));
    EXPECT_EQ(rig.tray->lastMessage(), QStringLiteral("192.168.1.10（printer）: 正常 → 異常（タイムアウト）"));
    rig.targetEvent(9, "port", "flapping", printer(22, "SSH", "refused"), "fault", "ok");
    EXPECT_EQ(rig.tray->lastMessage(),
              QStringLiteral("192.168.1.10（printer） のポート 22 SSH: 異常 → 正常（状態が頻繁に変化、最後のチェック: 接続拒否）"));
    ASSERT_TRUE(language.apply(QStringLiteral("en")));
}
