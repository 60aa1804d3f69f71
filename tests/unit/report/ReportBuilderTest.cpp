// SPDX-License-Identifier: GPL-3.0-or-later
// The report built from a real SQLite store (events, box runs, mutes, acks) with an injected clock,
// the schedule on the report day, and the mails it queues.
#include "report/ReportBuilder.h"

#include "MailTestSupport.h"
#include "notify/MailComposer.h"
#include "notify/Outbox.h"
#include "report/ReportMailer.h"
#include "report/ReportService.h"
#include "shared/TimeFormat.h"
#include "store/BoxRunLog.h"
#include "store/Database.h"
#include "store/DeviceStore.h"
#include "store/EventLog.h"
#include "store/OperatorStore.h"
#include "store/ReportStore.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace mente;
using namespace mente::box;

namespace {
const QTimeZone kTokyo("Asia/Tokyo");

// JST wall-clock time → UTC.
QDateTime jst(int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(2026, mo, d), QTime(h, mi), kTokyo).toUTC();
}

struct ReportFixture : ::testing::Test
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    test::FakeClock clock{jst(10, 20, 9)};
    std::unique_ptr<DeviceStore> devices;
    std::unique_ptr<EventLog> events;
    std::unique_ptr<BoxRunLog> runs;
    std::unique_ptr<ReportStore> store;
    std::unique_ptr<OperatorStore> operators;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<MailComposer> composer;
    std::unique_ptr<ReportMailer> mailer;
    std::unique_ptr<ReportService> service;
    Customer customer;
    Licence licence;
    qint64 deviceId = 0;

    void SetUp() override
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("box.db")));
        ASSERT_TRUE(opened.ok());
        db = std::move(opened).value();
        devices = std::make_unique<DeviceStore>(*db);
        events = std::make_unique<EventLog>(*db, clock);
        runs = std::make_unique<BoxRunLog>(*db);
        store = std::make_unique<ReportStore>(*db);
        operators = std::make_unique<OperatorStore>(*db);
        outbox = std::make_unique<Outbox>(*db, clock);
        composer = std::make_unique<MailComposer>(
            QStringLiteral("box@example.jp"), 60,
            [] {
                MailFacts f;
                f.status.serial = QStringLiteral("SERIAL123456");
                return f;
            },
            clock);
        mailer = std::make_unique<ReportMailer>(
            *composer, *outbox, *operators, [this] { return customer; }, [this] { return licence; }, clock);
        ReportSettings settings;
        service = std::make_unique<ReportService>(
            *db, *store, *runs, *mailer, *events, [this] { return customer; },
            [] { return QStringLiteral("SERIAL123456"); }, clock, settings);
        customer.company = QStringLiteral("株式会社テスト");
        customer.email = QStringLiteral("hanako@customer.example.jp");
        customer.contactFamily = QStringLiteral("山田");
        customer.contactGiven = QStringLiteral("花子");
        customer.registeredAt = jst(10, 1, 9);
        licence = Licence::startingOn(QStringLiteral("1234-5678-9ABC-DEFR"), QDate(2026, 10, 1));

        ASSERT_TRUE(runs->begin(jst(10, 20, 9)).ok()); // the box first started on 20 October, 09:00 JST
        auto device = devices->insertManual(QStringLiteral("192.168.1.10"), clock.now());
        ASSERT_TRUE(device.ok());
        deviceId = device->id;
    }

    void event(const QDateTime &at, const QString &kind, qint64 id, const QString &from, const QString &to,
               const QString &cause = {}, const QJsonObject &detail = {})
    {
        Event e;
        e.at = at;
        e.kind = kind;
        e.id = id;
        e.from = from;
        e.to = to;
        e.cause = cause;
        e.detail = detail;
        ASSERT_TRUE(events->append(e).ok());
    }

    void mute(qint64 muteId, const QString &kind, qint64 target, const QDateTime &from, const QDateTime &until)
    {
        event(from, QStringLiteral("mute"), muteId, {}, QStringLiteral("muted"), {},
              {{QStringLiteral("kind"), kind},
               {QStringLiteral("targetId"), target},
               {QStringLiteral("until"), toIso(until)}});
    }

    const ReportTarget *target(const MonthlyReport &r, const QString &kind, qint64 id)
    {
        for (const ReportTarget &t : r.targets)
            if (t.kind == kind && t.id == id)
                return &t;
        return nullptr;
    }
};
} // namespace

// November 2026 in Tokyo (720 h). The device, monitored since October:
//   fault since 31 Oct 22:00 JST (before the month), recovered 1 Nov 06:00     → 6 h fault
//   fault 10 Nov 12:00–18:00; a box mute 14:00–16:00 and a device mute 15:00–17:00
//     (the device mute was ended early at 16:30 by DELETE)                       → muted 14:00–16:30, fault 3.5 h
//   box stopped 20 Nov 00:00, started again 02:00                               → 2 h unknown
//   ok: 720 − 6 − 3.5 − 2.5 − 2 = 706 h
TEST_F(ReportFixture, AMonthOfStoredTransitionsGivesTheHandWorkedShares)
{
    ASSERT_TRUE(devices->applyPatch(deviceId, *DevicePatch::fromJson({{QStringLiteral("monitor"), true}})).ok());
    event(jst(10, 20, 9, 1), QStringLiteral("device"), deviceId, QStringLiteral("unknown"), QStringLiteral("ok"));
    event(jst(10, 31, 22), QStringLiteral("device"), deviceId, QStringLiteral("ok"), QStringLiteral("fault"),
          QStringLiteral("timeout"));
    event(jst(11, 1, 6), QStringLiteral("device"), deviceId, QStringLiteral("fault"), QStringLiteral("ok"));
    event(jst(11, 10, 12), QStringLiteral("device"), deviceId, QStringLiteral("ok"), QStringLiteral("fault"),
          QStringLiteral("refused"));
    event(jst(11, 10, 13), QStringLiteral("ack"), deviceId, QStringLiteral("fault"), QStringLiteral("fault"),
          QStringLiteral("acknowledged"),
          {{QStringLiteral("target"), QStringLiteral("device")}, {QStringLiteral("by"), QStringLiteral("suzuki")}});
    mute(1, QStringLiteral("box"), 0, jst(11, 10, 14), jst(11, 10, 16));
    mute(2, QStringLiteral("device"), deviceId, jst(11, 10, 15), jst(11, 10, 17));
    event(jst(11, 10, 16, 30), QStringLiteral("mute"), 2, QStringLiteral("muted"), QStringLiteral("unmuted"));
    event(jst(11, 10, 18), QStringLiteral("device"), deviceId, QStringLiteral("fault"), QStringLiteral("ok"));
    ASSERT_TRUE(runs->end(jst(11, 20, 0)).ok());
    ASSERT_TRUE(runs->begin(jst(11, 20, 2)).ok());

    clock.set(jst(12, 1, 0, 30));
    const MonthlyReport r =
        ReportBuilder(*db, *runs)
            .build({QDate(2026, 11, 1), 31, kTokyo, clock.now(), customer.company, QStringLiteral("SERIAL123456")});
    EXPECT_FALSE(r.partial);
    EXPECT_FALSE(r.empty);
    EXPECT_EQ(r.from, jst(11, 1, 0));
    EXPECT_EQ(r.to, jst(12, 1, 0));
    const ReportTarget *t = target(r, QStringLiteral("device"), deviceId);
    ASSERT_NE(t, nullptr);
    EXPECT_EQ(t->countedSeconds, 720 * 3600);
    EXPECT_DOUBLE_EQ(t->ok, 0.9806);      // 706 / 720
    EXPECT_DOUBLE_EQ(t->fault, 0.0132);   // 9.5 / 720 = 1.3194 %
    EXPECT_DOUBLE_EQ(t->muted, 0.0035);   // 2.5 / 720 = 0.3472 %
    EXPECT_DOUBLE_EQ(t->unknown, 0.0028); // 2 / 720 = 0.2778 %
    EXPECT_EQ(t->label, QStringLiteral("192.168.1.10"));

    ASSERT_EQ(r.faults.size(), 2);
    EXPECT_EQ(r.faults[0].start, jst(10, 31, 22)); // began before the month: shown with its real start
    EXPECT_EQ(r.faults[0].end, jst(11, 1, 6));
    EXPECT_EQ(r.faults[0].durationSeconds, 8 * 3600);
    EXPECT_EQ(r.faults[0].cause, QStringLiteral("timeout"));
    EXPECT_TRUE(r.faults[0].acknowledgedBy.isEmpty());
    EXPECT_EQ(r.faults[1].start, jst(11, 10, 12));
    EXPECT_EQ(r.faults[1].durationSeconds, 6 * 3600);
    EXPECT_EQ(r.faults[1].acknowledgedBy, QStringLiteral("suzuki"));

    // The box's restart gap is an outage of its own; the box row is unknown then.
    bool gap = false;
    for (const ReportFault &o : r.outages)
        gap = gap || (o.kind == QLatin1String("box-down") && o.start == jst(11, 20, 0) && o.end == jst(11, 20, 2));
    EXPECT_TRUE(gap);
    const ReportTarget *box = target(r, QStringLiteral("box"), 0);
    ASSERT_NE(box, nullptr);
    EXPECT_DOUBLE_EQ(box->unknown, 0.0028);
}

TEST_F(ReportFixture, ATargetSwitchedOnMidMonthCountsFromThen)
{
    // Switched on 16 Nov 00:00 JST (a monitor event), first result 30 s later.
    event(jst(11, 16, 0), QStringLiteral("monitor"), deviceId, QStringLiteral("off"), QStringLiteral("on"), {},
          {{QStringLiteral("target"), QStringLiteral("device")}});
    ASSERT_TRUE(devices->applyPatch(deviceId, *DevicePatch::fromJson({{QStringLiteral("monitor"), true}})).ok());
    Event first;
    first.at = jst(11, 16, 0).addSecs(30);
    first.kind = QStringLiteral("device");
    first.id = deviceId;
    first.from = QStringLiteral("unknown");
    first.to = QStringLiteral("ok");
    ASSERT_TRUE(events->append(first).ok());
    clock.set(jst(12, 2, 0));
    const MonthlyReport r = ReportBuilder(*db, *runs).build({QDate(2026, 11, 1), 31, kTokyo, clock.now(), {}, {}});
    const ReportTarget *t = target(r, QStringLiteral("device"), deviceId);
    ASSERT_NE(t, nullptr);
    EXPECT_EQ(t->countedSeconds, 15 * 86400);
    EXPECT_DOUBLE_EQ(t->unknown, 0.0); // 30 / 1 296 000 rounds to 0.00 %
    EXPECT_DOUBLE_EQ(t->ok, 1.0);
}

TEST_F(ReportFixture, AMonthBeforeTheBoxExistedIsEmptyAndSaysSo)
{
    const MonthlyReport r = ReportBuilder(*db, *runs).build({QDate(2026, 9, 1), 31, kTokyo, clock.now(), {}, {}});
    EXPECT_TRUE(r.empty);
    EXPECT_TRUE(r.targets.isEmpty());
    EXPECT_FALSE(r.partial);
}

TEST_F(ReportFixture, TheCurrentMonthIsPartialAndAFutureOneIsRefusedNamingMonth)
{
    clock.set(jst(11, 15, 12));
    const auto current = service->build(QDate(2026, 11, 1));
    ASSERT_TRUE(current.ok());
    EXPECT_TRUE(current->partial);
    EXPECT_EQ(current->coveredUntil, clock.now());
    const auto future = service->build(QDate(2026, 12, 1));
    ASSERT_FALSE(future.ok());
    EXPECT_EQ(future.error().field, QStringLiteral("month"));
    EXPECT_EQ(store->list().size(), 1);
}

TEST_F(ReportFixture, ARebuildReplacesTheKeptReportAndSaysSo)
{
    clock.set(jst(11, 2, 0));
    const auto first = service->build(QDate(2026, 10, 1));
    ASSERT_TRUE(first.ok());
    EXPECT_FALSE(first->rebuilt);
    clock.advanceSecs(3600);
    const auto second = service->build(QDate(2026, 10, 1));
    ASSERT_TRUE(second.ok());
    EXPECT_TRUE(second->rebuilt);
    EXPECT_EQ(second->id, first->id);
    EXPECT_EQ(store->list().size(), 1);
    EXPECT_TRUE(store->byId(first->id)->rebuilt);
}

TEST_F(ReportFixture, TheScheduleBuildsOnceAfterMidnightOfTheReportDayInTokyo)
{
    ASSERT_TRUE(operators
                    ->insert(Operator{0,
                                      {},
                                      true,
                                      QStringLiteral("Suzuki"),
                                      QStringLiteral("suzuki@si.example.jp"),
                                      true,
                                      {},
                                      QStringLiteral("suzuki"),
                                      true,
                                      QStringLiteral("en"),
                                      false,
                                      clock.now(),
                                      {}},
                             QStringLiteral("x"))
                    .ok());
    // Report day 31 in November (30 days): due from 1 Dec 00:00 JST = 30 Nov 15:00 UTC.
    clock.set(jst(11, 30, 23, 59));
    ASSERT_TRUE(service->tick().ok());
    EXPECT_FALSE(store->byMonth(QDate(2026, 11, 1)).has_value()); // October's is due, though
    ASSERT_TRUE(store->byMonth(QDate(2026, 10, 1)).has_value());
    const int afterOctober = outbox->count(Outbox::Queued);
    EXPECT_EQ(afterOctober, 2); // the customer (ja) and suzuki (en)

    clock.set(jst(12, 1, 0, 1));
    ASSERT_TRUE(service->tick().ok());
    const auto november = store->byMonth(QDate(2026, 11, 1));
    ASSERT_TRUE(november.has_value());
    EXPECT_FALSE(november->partial);
    EXPECT_TRUE(november->sentAt.isValid());
    EXPECT_EQ(outbox->count(Outbox::Queued), afterOctober + 2);
    clock.advanceSecs(3600);
    ASSERT_TRUE(service->tick().ok()); // built once and kept
    EXPECT_EQ(outbox->count(Outbox::Queued), afterOctober + 2);

    QList<OutboxMail> mails = outbox->list(10);
    ASSERT_FALSE(mails.isEmpty());
    EXPECT_EQ(mails.first().kind, QStringLiteral("report"));
}

TEST_F(ReportFixture, WithoutAValidLicenceTheRecipientsAreToldWhyNoReportCame)
{
    licence = Licence::startingOn(QStringLiteral("1234-5678-9ABC-DEFR"), QDate(2025, 1, 1)); // ended 2025-12-31
    clock.set(jst(12, 1, 1));
    ASSERT_TRUE(service->tick().ok());
    const QList<OutboxMail> mails = outbox->list(10);
    ASSERT_EQ(mails.size(), 1);
    EXPECT_EQ(mails.first().kind, QStringLiteral("report-unlicensed"));
    EXPECT_TRUE(mails.first().subject.contains(QStringLiteral("2026-11")));
}

// POST /box/ack and POST or DELETE /box/mute are one event each, naming the targets and the mutes
// they touched; DELETE .../ack takes an acknowledgement back. The report reads them as the single ones.
TEST_F(ReportFixture, TheBoxWideAckAndMuteEventsCountForEachTargetAndMute)
{
    const auto ids = [](std::initializer_list<qint64> list) {
        QJsonArray a;
        for (const qint64 id : list)
            a.append(id);
        return a;
    };
    const QString by = QStringLiteral("sato");
    const auto boxAck = [&](const QDateTime &at) {
        event(at, QStringLiteral("ack"), 0, QStringLiteral("fault"), QStringLiteral("fault"),
              QStringLiteral("acknowledged"),
              {{QStringLiteral("target"), QStringLiteral("box")},
               {QStringLiteral("acknowledged"), true},
               {QStringLiteral("by"), by},
               {QStringLiteral("devices"), ids({deviceId})},
               {QStringLiteral("ports"), ids({})}});
    };
    ASSERT_TRUE(devices->applyPatch(deviceId, *DevicePatch::fromJson({{QStringLiteral("monitor"), true}})).ok());
    event(jst(10, 20, 9, 1), QStringLiteral("device"), deviceId, QStringLiteral("unknown"), QStringLiteral("ok"));
    // Fault A, 6 h: acknowledged with the box at 13:00, taken back at 14:00.
    event(jst(11, 10, 12), QStringLiteral("device"), deviceId, QStringLiteral("ok"), QStringLiteral("fault"));
    boxAck(jst(11, 10, 13));
    event(jst(11, 10, 14), QStringLiteral("ack"), deviceId, QStringLiteral("fault"), QStringLiteral("fault"),
          QStringLiteral("unacknowledged"),
          {{QStringLiteral("target"), QStringLiteral("device")},
           {QStringLiteral("acknowledged"), false},
           {QStringLiteral("by"), by}});
    // Box mute 1 (13:00 until 23:00) replaced at 14:00 by mute 2 (until 15:00): muted 13:00-15:00.
    mute(1, QStringLiteral("box"), 0, jst(11, 10, 13), jst(11, 10, 23));
    event(jst(11, 10, 14), QStringLiteral("mute"), 2, {}, QStringLiteral("muted"), {},
          {{QStringLiteral("kind"), QStringLiteral("box")},
           {QStringLiteral("targetId"), 0},
           {QStringLiteral("until"), toIso(jst(11, 10, 15))},
           {QStringLiteral("replaced"), ids({1})}});
    // Box mute 3 (16:00 until 23:00) ended by DELETE /box/mute at 17:00: muted 16:00-17:00.
    mute(3, QStringLiteral("box"), 0, jst(11, 10, 16), jst(11, 10, 23));
    event(jst(11, 10, 17), QStringLiteral("mute"), 0, QStringLiteral("muted"), QStringLiteral("unmuted"), {},
          {{QStringLiteral("kind"), QStringLiteral("box")},
           {QStringLiteral("targetId"), 0},
           {QStringLiteral("removed"), ids({3})}});
    event(jst(11, 10, 18), QStringLiteral("device"), deviceId, QStringLiteral("fault"), QStringLiteral("ok"));
    // Fault B, 1 h: acknowledged with the box.
    event(jst(11, 12, 12), QStringLiteral("device"), deviceId, QStringLiteral("ok"), QStringLiteral("fault"));
    boxAck(jst(11, 12, 12, 30));
    event(jst(11, 12, 13), QStringLiteral("device"), deviceId, QStringLiteral("fault"), QStringLiteral("ok"));

    clock.set(jst(12, 1, 0, 30));
    const MonthlyReport r = ReportBuilder(*db, *runs).build({QDate(2026, 11, 1), 31, kTokyo, clock.now(), {}, {}});
    const ReportTarget *t = target(r, QStringLiteral("device"), deviceId);
    ASSERT_NE(t, nullptr);
    EXPECT_DOUBLE_EQ(t->muted, 0.0042); // 3 / 720 h: the replaced and the ended mutes stop there
    EXPECT_DOUBLE_EQ(t->fault, 0.0056); // (6 - 3 + 1) / 720 h
    ASSERT_EQ(r.faults.size(), 2);
    EXPECT_TRUE(r.faults[0].acknowledgedBy.isEmpty()) << "taken back";
    EXPECT_EQ(r.faults[1].acknowledgedBy, by);
}
