// SPDX-License-Identifier: GPL-3.0-or-later
// The repositories that took over SQL the features held: mutes (the monitor's), fault mail
// episodes (the fault mailer's), scans, discovery runs, and the read-only queries of the
// metrics and the report.
#include "StoreFixture.h"
#include "store/DeviceStore.h"
#include "store/DiscoveryRunStore.h"
#include "store/EventLog.h"
#include "store/FaultEpisodeStore.h"
#include "store/MetricsQueries.h"
#include "store/MuteStore.h"
#include "store/OutboxStore.h"
#include "store/ReportQueries.h"
#include "store/ScanStore.h"
#include "support/FakeClock.h"

using namespace mente;
using namespace mente::box;

using Repositories = StoreFixture;

TEST_F(Repositories, MutesCoverTheirTargetTheirDevicesPortsAndTheWholeBoxUntilTheyEnd)
{
    MuteStore mutes(db());
    const auto device =
        mutes.add(QStringLiteral("device"), 7, at(60), QStringLiteral("work"), QStringLiteral("yamada"), at(0));
    ASSERT_TRUE(device.ok());
    EXPECT_EQ(device->createdBy, QStringLiteral("yamada"));
    EXPECT_EQ(device->until, at(60));
    // A port (id 3) of device 7 is covered by its device's mute; a port of device 8 is not.
    EXPECT_EQ(mutes.coveringUntil(QStringLiteral("port"), 3, 7, at(1)), at(60));
    EXPECT_FALSE(mutes.coveringUntil(QStringLiteral("port"), 3, 8, at(1)).isValid());
    EXPECT_FALSE(mutes.boxUntil(at(1)).isValid());
    ASSERT_TRUE(mutes.add(QStringLiteral("box"), 0, at(90), {}, {}, at(0)).ok());
    EXPECT_EQ(mutes.coveringUntil(QStringLiteral("port"), 3, 8, at(1)), at(90));
    EXPECT_EQ(mutes.coveringUntil(QStringLiteral("device"), 7, 7, at(1)), at(90)); // the latest end
    EXPECT_EQ(mutes.boxUntil(at(1)), at(90));
    EXPECT_EQ(mutes.running(at(1)).size(), 2);
    EXPECT_EQ(mutes.running(at(61)).size(), 1); // the device's has ended
    EXPECT_FALSE(mutes.coveringUntil(QStringLiteral("device"), 7, 7, at(91)).isValid());
    ASSERT_TRUE(mutes.remove(device->id).ok());
    EXPECT_FALSE(mutes.byId(device->id));
}

TEST_F(Repositories, AFaultEpisodeIsOnePerTargetAndANewFaultReplacesIt)
{
    FaultEpisodeStore episodes(db());
    ASSERT_TRUE(episodes.begin({QStringLiteral("port"), 5, at(0), at(0), 11, QStringLiteral("refused")}).ok());
    ASSERT_TRUE(episodes.begin({QStringLiteral("box"), 0, at(-5), at(-5), 9, {}}).ok());
    ASSERT_TRUE(episodes.begin({QStringLiteral("port"), 5, at(3), at(3), 12, QStringLiteral("timeout")}).ok());
    EXPECT_EQ(episodes.count(), 2);
    const auto port = episodes.of(QStringLiteral("port"), 5);
    ASSERT_TRUE(port);
    EXPECT_EQ(port->startedAt, at(3));
    EXPECT_EQ(port->eventSeq, 12);
    EXPECT_EQ(port->cause, QStringLiteral("timeout"));
    ASSERT_TRUE(episodes.markMailed(QStringLiteral("port"), 5, at(30)).ok());
    EXPECT_EQ(episodes.of(QStringLiteral("port"), 5)->lastMailedAt, at(30));
    const QList<FaultEpisode> all = episodes.all();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.first().kind, QStringLiteral("box")); // the oldest first
    ASSERT_TRUE(episodes.end(QStringLiteral("port"), 5).ok());
    EXPECT_FALSE(episodes.of(QStringLiteral("port"), 5));
    EXPECT_EQ(episodes.count(), 1);
}

TEST_F(Repositories, ScansAndSweepsLeftRunningFailAfterARestartAndTheMetricsCountThem)
{
    DeviceStore devices(db());
    const qint64 deviceId = devices.insertManual(QStringLiteral("192.0.2.20"), at(0))->id;
    ScanStore scans(db());
    ScanRecord running;
    running.deviceId = deviceId;
    running.state = QStringLiteral("running");
    running.ports = QStringLiteral("1-1024");
    running.portsTotal = 1024;
    running.startedAt = at(0);
    const auto first = scans.insert(running);
    ASSERT_TRUE(first.ok());
    ScanRecord done = running;
    done.id = scans.insert(running).value();
    done.state = QStringLiteral("done");
    done.portsDone = 1024;
    done.openPorts = {{22, QStringLiteral("SSH"), {}}};
    done.method = QStringLiteral("connect");
    done.finishedAt = at(2);
    ASSERT_TRUE(scans.finish(done).ok());

    DiscoveryRunStore runs(db());
    DiscoveryRun sweep;
    sweep.state = QStringLiteral("running");
    sweep.trigger = QStringLiteral("start");
    sweep.cidrs = {QStringLiteral("192.0.2.0/24")};
    sweep.startedAt = at(1);
    ASSERT_TRUE(runs.insertRun(sweep).ok());

    ASSERT_TRUE(scans.failInterrupted(at(5)).ok());
    ASSERT_TRUE(runs.failInterrupted(at(5)).ok());
    const auto failed = scans.byId(*first);
    ASSERT_TRUE(failed);
    EXPECT_EQ(failed->state, QStringLiteral("failed"));
    EXPECT_EQ(failed->error, QStringLiteral("The box stopped during the scan."));
    EXPECT_EQ(failed->finishedAt, at(5));
    const auto kept = scans.byId(done.id);
    EXPECT_EQ(kept->state, QStringLiteral("done"));
    ASSERT_EQ(kept->openPorts.size(), 1);
    EXPECT_EQ(kept->openPorts.first().protocol, QStringLiteral("SSH"));
    const auto last = runs.latestRun();
    ASSERT_TRUE(last);
    EXPECT_EQ(last->state, QStringLiteral("failed"));
    EXPECT_EQ(last->cidrs, QStringList{QStringLiteral("192.0.2.0/24")});

    const MetricsQueries metrics(db());
    EXPECT_EQ(metrics.discoveryRuns(), 1);
    const auto byState = metrics.scansByState();
    EXPECT_EQ(byState, (QList<std::pair<QString, qint64>>{{QStringLiteral("done"), 1}, {QStringLiteral("failed"), 1}}));
}

TEST_F(Repositories, TheOutboxCountsOfTheMetricsFollowTheMailsStates)
{
    OutboxStore outbox(db());
    const MetricsQueries metrics(db());
    EXPECT_EQ(metrics.outboxWaiting(), 0);
    EXPECT_FALSE(metrics.outboxOldestWaiting());
    OutboxStore::NewMail mail{QStringLiteral("fault"),
                              QStringLiteral("ja"),
                              QStringLiteral("box@example.com"),
                              {QStringLiteral("to@example.com")},
                              QStringLiteral("subject"),
                              "MIME",
                              0};
    const qint64 a = outbox.insert(mail, at(0)).value();
    const qint64 b = outbox.insert(mail, at(1)).value();
    const qint64 c = outbox.insert(mail, at(2)).value();
    ASSERT_TRUE(outbox.claimNextDue(at(3)).has_value()); // a: sending
    ASSERT_TRUE(outbox.markSent(a, at(4)).ok());
    ASSERT_TRUE(outbox.markFailed(b, QStringLiteral("550"), true, at(4), false).ok());
    EXPECT_EQ(metrics.outboxWaiting(), 1);
    EXPECT_EQ(metrics.outboxFailed(), 1);
    EXPECT_EQ(metrics.outboxOldestWaiting(), at(2));
    EXPECT_EQ(outbox.byId(c)->state, OutboxStore::Queued);

    const ReportQueries report(db());
    EXPECT_EQ(report.mailsSentBetween(at(0), at(10)), (QList<std::pair<QString, int>>{{QStringLiteral("fault"), 1}}));
    EXPECT_TRUE(report.mailsSentBetween(at(5), at(10)).isEmpty());
}

TEST_F(Repositories, TheReportReadsEventsByKindAndTimeAndTheLastOfEachTargetBeforeAMoment)
{
    const test::FakeClock clock(at(0)); // every event here carries its own time
    EventLog log(db(), clock);
    auto append = [&](const QString &kind, qint64 id, const QString &to, int minute) {
        Event e;
        e.kind = kind;
        e.id = id;
        e.to = to;
        e.at = at(minute);
        ASSERT_TRUE(db().transaction([&]() -> Status {
                            const auto appended = log.append(e);
                            return appended ? success() : Status(appended.error());
                        })
                        .ok());
    };
    append(QStringLiteral("device"), 1, QStringLiteral("fault"), 0);
    append(QStringLiteral("device"), 1, QStringLiteral("ok"), 5);
    append(QStringLiteral("port"), 2, QStringLiteral("fault"), 6);
    append(QStringLiteral("device.new"), 3, QStringLiteral("192.0.2.3"), 7);
    append(QStringLiteral("ack"), 2, QStringLiteral("acknowledged"), 8);
    const ReportQueries report(db());
    const QList<Event> last = report.lastOfEachTargetBefore({QStringLiteral("device"), QStringLiteral("port")}, at(7));
    ASSERT_EQ(last.size(), 2);
    EXPECT_EQ(last.at(0).to, QStringLiteral("ok"));
    EXPECT_EQ(last.at(1).kind, QStringLiteral("port"));
    const QList<Event> between =
        report.eventsBetween({QStringLiteral("device.new"), QStringLiteral("ack")}, at(6), at(9));
    ASSERT_EQ(between.size(), 2);
    EXPECT_EQ(between.at(0).kind, QStringLiteral("device.new"));
    EXPECT_EQ(report.eventsBefore(QStringLiteral("device"), at(5)).size(), 1);
}
