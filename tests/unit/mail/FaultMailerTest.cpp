// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailTestSupport.h"
#include "notify/FaultMailer.h"
#include "notify/Outbox.h"
#include "store/Database.h"
#include "store/DeviceStore.h"
#include "store/EventLog.h"
#include "store/OperatorStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace mente;
using namespace mente::box;

namespace {
struct FaultMailerFixture : ::testing::Test
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    test::FakeClock clock{QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<OperatorStore> operators;
    std::unique_ptr<DeviceStore> devices;
    std::unique_ptr<EventLog> events;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<MailComposer> composer;
    std::unique_ptr<FaultMailer> mailer;
    Customer customer;
    Licence licence;
    qint64 deviceId = 0;
    qint64 portId = 0;

    void SetUp() override
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("box.db")));
        ASSERT_TRUE(opened.ok());
        db = std::move(opened).value();
        operators = std::make_unique<OperatorStore>(*db);
        devices = std::make_unique<DeviceStore>(*db);
        events = std::make_unique<EventLog>(*db, clock);
        outbox = std::make_unique<Outbox>(*db, clock);
        composer = std::make_unique<MailComposer>(
            QStringLiteral("box@example.jp"), 60,
            [] {
                MailFacts f;
                f.status.serial = QStringLiteral("SERIAL");
                return f;
            },
            clock);
        mailer = std::make_unique<FaultMailer>(
            *db, *composer, *outbox, *operators, *devices, [this] { return customer; }, [this] { return licence; },
            [this](const QString &kind, qint64 id) -> std::optional<HealthState> {
                if (kind == QLatin1String("port")) {
                    const auto p = devices->portById(id);
                    return p ? std::optional(p->state) : std::nullopt;
                }
                const auto d = devices->byId(id);
                return d ? std::optional(d->state) : std::nullopt;
            },
            clock, 60);
        events->addWriter([this](const Event &e) { return mailer->onEvent(e); });

        customer.company = QStringLiteral("テスト株式会社");
        customer.email = QStringLiteral("customer@example.jp");
        customer.mailOnFault = true;
        customer.notify.device = true;
        customer.registeredAt = clock.now();
        licence = Licence::startingOn(QStringLiteral("1234-5678-9ABC-DEFR"), clock.now().date());

        addOperator(QStringLiteral("ja1"), QStringLiteral("ja1@example.jp"), true, true, QStringLiteral("ja"));
        addOperator(QStringLiteral("en1"), QStringLiteral("en1@example.jp"), true, true, QStringLiteral("en"));
        addOperator(QStringLiteral("quiet"), QStringLiteral("quiet@example.jp"), false, true, QStringLiteral("ja"));
        addOperator(QStringLiteral("off"), QStringLiteral("off@example.jp"), true, false, QStringLiteral("ja"));
        const qint64 gone = addOperator(QStringLiteral("gone"), QStringLiteral("gone@example.jp"), true, true,
                                        QStringLiteral("ja"));
        ASSERT_TRUE(operators->markRemoved(gone, clock.now()).ok());

        auto device = devices->insertManual(QStringLiteral("192.168.1.10"), clock.now());
        ASSERT_TRUE(device.ok());
        deviceId = device->id;
        auto port = devices->insertPort(deviceId, 22, QStringLiteral("SSH"), true);
        ASSERT_TRUE(port.ok());
        portId = port->id;
    }

    qint64 addOperator(const QString &login, const QString &email, bool receives, bool enabled, const QString &lang)
    {
        Operator op;
        op.login = login;
        op.name = login;
        op.email = email;
        op.receivesFaultMail = receives;
        op.enabled = enabled;
        op.language = lang;
        op.createdAt = clock.now();
        auto id = operators->insert(op, QStringLiteral("x"));
        EXPECT_TRUE(id.ok());
        return id.ok() ? id.value() : 0;
    }

    void transition(const QString &kind, qint64 id, const QString &from, const QString &to, QJsonObject detail = {})
    {
        if (kind == QLatin1String("port")) {
            ASSERT_TRUE(devices->setPortState(id, *healthStateFromWire(to)).ok());
        }
        Event e;
        e.kind = kind;
        e.id = id;
        e.from = from;
        e.to = to;
        e.cause = QStringLiteral("timeout");
        e.detail = detail;
        const Status s = db->transaction([&]() -> Status {
            auto appended = events->append(e);
            return appended ? success() : Status(appended.error());
        });
        ASSERT_TRUE(s.ok());
    }

    // Recipients of the mails of one kind, sorted.
    QStringList mailed(const QString &kind)
    {
        QStringList to;
        for (const OutboxMail &m : outbox->list(1000))
            if (m.kind == kind)
                to += m.recipients;
        to.sort();
        return to;
    }
};

const QStringList kEveryone{QStringLiteral("customer@example.jp"), QStringLiteral("en1@example.jp"),
                            QStringLiteral("ja1@example.jp")};
} // namespace

TEST_F(FaultMailerFixture, FaultGoesToCustomerAndFaultReceivingOperators)
{
    transition(QStringLiteral("port"), portId, QStringLiteral("ok"), QStringLiteral("fault"));
    EXPECT_EQ(mailed(QStringLiteral("fault")), kEveryone);
    for (const OutboxMail &m : outbox->list(10)) {
        const auto parsed = test::parseMail(
            [&] {
                QSqlQuery q = db->query();
                q.prepare(QStringLiteral("SELECT message FROM outbox WHERE id = ?"));
                q.addBindValue(m.id);
                q.exec();
                q.next();
                return q.value(0).toString().toLatin1();
            }());
        if (m.recipients.first() == QLatin1String("en1@example.jp")) {
            EXPECT_EQ(m.language, QStringLiteral("en"));
            EXPECT_TRUE(parsed.body.contains(QStringLiteral("port 22/SSH of device 192.168.1.10"))) << qPrintable(parsed.body);
        } else {
            EXPECT_EQ(m.language, QStringLiteral("ja"));
            EXPECT_TRUE(parsed.body.contains(QStringLiteral("【機器状態】"))) << qPrintable(parsed.body);
        }
    }
    EXPECT_EQ(mailer->openFaults(), 1);
}

TEST_F(FaultMailerFixture, CustomerOwnSwitchAndCategorySwitches)
{
    customer.mailOnFault = false;
    transition(QStringLiteral("device"), deviceId, QStringLiteral("unknown"), QStringLiteral("fault"));
    EXPECT_EQ(mailed(QStringLiteral("fault")),
              (QStringList{QStringLiteral("en1@example.jp"), QStringLiteral("ja1@example.jp")}));
    // The VPN switch is off: nobody hears of a VPN fault, the customer nor the operators.
    transition(QStringLiteral("vpn"), 0, QStringLiteral("ok"), QStringLiteral("fault"));
    EXPECT_EQ(outbox->list(100).size(), 2);
    customer.notify.vpn = true;
    customer.mailOnFault = true;
    transition(QStringLiteral("vpn"), 0, QStringLiteral("fault"), QStringLiteral("ok"));
    EXPECT_EQ(mailed(QStringLiteral("recovery")), kEveryone) << "the VPN fault was known, so its recovery is mailed";
}

TEST_F(FaultMailerFixture, NoMailWithoutAValidLicence)
{
    licence = Licence{};
    transition(QStringLiteral("device"), deviceId, QStringLiteral("ok"), QStringLiteral("fault"));
    EXPECT_TRUE(outbox->list(10).isEmpty());
    licence = Licence::startingOn(QStringLiteral("1234-5678-9ABC-DEFR"), clock.now().date().addYears(-2));
    transition(QStringLiteral("port"), portId, QStringLiteral("ok"), QStringLiteral("fault"));
    EXPECT_TRUE(outbox->list(10).isEmpty()) << "an expired licence mails nothing either";
}

TEST_F(FaultMailerFixture, MutedEventsAreNotMailed)
{
    transition(QStringLiteral("port"), portId, QStringLiteral("ok"), QStringLiteral("fault"),
               {{QStringLiteral("muted"), true}, {QStringLiteral("flapping"), false}});
    EXPECT_TRUE(outbox->list(10).isEmpty());
    EXPECT_EQ(mailer->openFaults(), 0);
    transition(QStringLiteral("port"), portId, QStringLiteral("fault"), QStringLiteral("ok"));
    EXPECT_TRUE(outbox->list(10).isEmpty()) << "no recovery for a fault that was never mailed";
}

TEST_F(FaultMailerFixture, FlappingTargetIsOneFaultAndOneMail)
{
    transition(QStringLiteral("device"), deviceId, QStringLiteral("ok"), QStringLiteral("fault"),
               {{QStringLiteral("flapping"), true}});
    EXPECT_EQ(mailed(QStringLiteral("fault")), kEveryone);
    // The monitor keeps a flapping target in fault; a change of the flag alone is no transition.
    transition(QStringLiteral("device"), deviceId, QStringLiteral("fault"), QStringLiteral("fault"),
               {{QStringLiteral("flapping"), false}});
    EXPECT_EQ(outbox->list(100).size(), 3);
}

TEST_F(FaultMailerFixture, NoRepeatWhileMuted)
{
    bool muted = false;
    mailer->setMuteCheck([&](const QString &, qint64) { return muted; });
    transition(QStringLiteral("port"), portId, QStringLiteral("ok"), QStringLiteral("fault"));
    muted = true;
    clock.advanceSecs(3600);
    ASSERT_TRUE(mailer->tick().ok());
    EXPECT_TRUE(mailed(QStringLiteral("repeat")).isEmpty());
    muted = false;
    clock.advanceSecs(60);
    ASSERT_TRUE(mailer->tick().ok());
    EXPECT_EQ(mailed(QStringLiteral("repeat")), kEveryone) << "the fault outlived the maintenance window";
}

TEST_F(FaultMailerFixture, RepeatsEveryRepeatMinWhileTheFaultLastsThenRecovery)
{
    transition(QStringLiteral("port"), portId, QStringLiteral("ok"), QStringLiteral("fault"));
    clock.advanceSecs(59 * 60);
    ASSERT_TRUE(mailer->tick().ok());
    EXPECT_TRUE(mailed(QStringLiteral("repeat")).isEmpty()) << "not before an hour";
    clock.advanceSecs(60);
    ASSERT_TRUE(mailer->tick().ok());
    EXPECT_EQ(mailed(QStringLiteral("repeat")), kEveryone);
    ASSERT_TRUE(mailer->tick().ok());
    EXPECT_EQ(mailed(QStringLiteral("repeat")).size(), 3) << "one repeat per hour, not per tick";
    clock.advanceSecs(3600);
    ASSERT_TRUE(mailer->tick().ok());
    EXPECT_EQ(mailed(QStringLiteral("repeat")).size(), 6);

    clock.advanceSecs(600);
    transition(QStringLiteral("port"), portId, QStringLiteral("fault"), QStringLiteral("ok"));
    EXPECT_EQ(mailed(QStringLiteral("recovery")), kEveryone);
    clock.advanceSecs(7200);
    ASSERT_TRUE(mailer->tick().ok());
    EXPECT_EQ(mailed(QStringLiteral("repeat")).size(), 6) << "no repeat after the recovery";
    EXPECT_EQ(mailer->openFaults(), 0);
}

// PUT /api/v1/box/mail changes repeat_min while a fault is open: the next repeat follows the new pace.
TEST_F(FaultMailerFixture, ANewRepeatMinAppliesToAFaultAlreadyOpen)
{
    transition(QStringLiteral("port"), portId, QStringLiteral("ok"), QStringLiteral("fault"));
    clock.advanceSecs(10 * 60);
    ASSERT_TRUE(mailer->tick().ok());
    EXPECT_TRUE(mailed(QStringLiteral("repeat")).isEmpty()) << "60 minutes at first";
    composer->setSender(QStringLiteral("new@example.jp"), 10);
    mailer->setRepeatMin(10);
    ASSERT_TRUE(mailer->tick().ok());
    EXPECT_EQ(mailed(QStringLiteral("repeat")), kEveryone) << "10 minutes have passed since the fault mail";
    QSqlQuery q = db->query();
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT kind, mail_from FROM outbox")));
    while (q.next())
        EXPECT_EQ(q.value(1).toString(), q.value(0).toString() == QLatin1String("repeat")
                                             ? QStringLiteral("new@example.jp")
                                             : QStringLiteral("box@example.jp"));
    clock.advanceSecs(9 * 60);
    ASSERT_TRUE(mailer->tick().ok());
    EXPECT_EQ(mailed(QStringLiteral("repeat")).size(), 3);
    clock.advanceSecs(60);
    ASSERT_TRUE(mailer->tick().ok());
    EXPECT_EQ(mailed(QStringLiteral("repeat")).size(), 6);
}

TEST_F(FaultMailerFixture, FaultEndingInUnknownIsClosedWithoutMail)
{
    transition(QStringLiteral("port"), portId, QStringLiteral("ok"), QStringLiteral("fault"));
    transition(QStringLiteral("port"), portId, QStringLiteral("fault"), QStringLiteral("unknown"));
    EXPECT_TRUE(mailed(QStringLiteral("recovery")).isEmpty());
    EXPECT_EQ(mailer->openFaults(), 0);
}

TEST_F(FaultMailerFixture, MissedRecoveryIsFoundAtTheNextRepeat)
{
    transition(QStringLiteral("port"), portId, QStringLiteral("ok"), QStringLiteral("fault"));
    ASSERT_TRUE(devices->setPortState(portId, HealthState::Ok).ok()); // recovered, no unflagged event
    clock.advanceSecs(3600);
    ASSERT_TRUE(mailer->tick().ok());
    EXPECT_TRUE(mailed(QStringLiteral("repeat")).isEmpty());
    EXPECT_EQ(mailed(QStringLiteral("recovery")), kEveryone);
}

TEST_F(FaultMailerFixture, OtherEventKindsAreIgnored)
{
    transition(QStringLiteral("scan"), 1, QStringLiteral("running"), QStringLiteral("done"));
    // The SSH tunnel endpoint's events (issue 10) send no mail, even the refused ones.
    transition(QStringLiteral("tunnel"), 1, {}, QStringLiteral("open"));
    transition(QStringLiteral("tunnel"), 1, QStringLiteral("open"), QStringLiteral("closed"));
    transition(QStringLiteral("tunnel"), 0, {}, QStringLiteral("refused"));
    EXPECT_TRUE(FaultMailer::categoryOf(QStringLiteral("tunnel")).isEmpty());
    EXPECT_EQ(FaultMailer::categoryOf(QStringLiteral("port")), QStringLiteral("device"));
    EXPECT_TRUE(FaultMailer::categoryOf(QStringLiteral("discovery")).isEmpty());
    EXPECT_TRUE(outbox->list(10).isEmpty());
}
