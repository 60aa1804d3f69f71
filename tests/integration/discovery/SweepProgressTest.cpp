// SPDX-License-Identifier: GPL-3.0-or-later
// A LAN sweep's progress on the event stream, through the real mente-box: the box sweeps the /24
// of a veth link into a network namespace this test makes, slowly enough ([discovery] rate_pps)
// to move on several times. A console on /events/stream sees "discovery.progress" events of that
// sweep rise from 0 to 100, a few a second at most, and then the sweep's end ("discovery" done).
#include "MonitorHarness.h"
#include "shared/EventDetails.h"

#include <QJsonArray>
#include <QMap>

#include <gtest/gtest.h>

namespace mente::test {

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

TEST(SweepProgress, RisesToOneHundredOnTheStreamBeforeTheSweepEnds)
{
    NetNamespace lan(8);
    ASSERT_TRUE(lan.ok()) << "the test's network namespace could not be made (needs root and iproute2)";
    MonitoredBox monitored;
    // 253 addresses at 100 a second: about two and a half seconds of sweeping.
    ASSERT_TRUE(monitored.start(s("[lan]\ncidrs=%1/24\n[discovery]\nat_start=false\ninterval_h=0\nreverse_dns=false\n"
                                  "timeout_ms=300\nrate_pps=100\n")
                                    .arg(lan.nsIp(0))))
        << monitored.box.output().toStdString();
    BoxProcess &box = monitored.box;
    HttpsClient &api = *monitored.client;

    SseReader live(box.apiUrl() + s("/api/v1/events/stream"), box.fingerprint(), api.token());
    ASSERT_TRUE(waitFor([&] { return live.status == 200; }, 5000));

    const HttpReply started = api.post(s("/api/v1/discovery"), {});
    ASSERT_EQ(started.status, 202) << started.body.constData();
    const qint64 runId = started.json().value(s("id")).toInteger();
    ASSERT_GT(runId, 0);
    // The /24's addresses but the box's own end of the link.
    const int hosts = started.json().value(s("hostsTotal")).toInt();
    ASSERT_EQ(hosts, 253) << started.body.constData();

    auto ended = [&] {
        for (const auto &m : live.messages)
            if (m.event == s("discovery") && m.data.value(s("id")).toInteger() == runId)
                return true;
        return false;
    };
    ASSERT_TRUE(waitFor(ended, 30000)) << "no end of the sweep on the stream\n" << box.output().toStdString();

    QList<SweepProgressDetail> progress;
    QMap<QString, int> perSecond; // progress events by the second the box stamped them
    bool endAfterHundred = false;
    for (const auto &m : live.messages) {
        if (m.data.value(s("id")).toInteger() != runId)
            continue;
        const auto event = Event::fromJson(m.data);
        ASSERT_TRUE(event.ok()) << event.error().message.toStdString();
        const auto detail = parseEventDetail(event.value());
        ASSERT_TRUE(detail.ok()) << m.event.toStdString() << ": " << detail.error().field.toStdString() << " "
                                 << detail.error().message.toStdString();
        if (m.event == s("discovery.progress")) {
            EXPECT_EQ(event->from, s("running"));
            EXPECT_EQ(event->to, s("running"));
            EXPECT_FALSE(endAfterHundred) << "progress after the sweep's end";
            progress << std::get<SweepProgressDetail>(detail.value());
            ++perSecond[m.data.value(s("at")).toString()];
        } else if (m.event == s("discovery")) {
            EXPECT_EQ(event->to, s("done"));
            EXPECT_EQ(std::get<DiscoveryRun>(detail.value()).hostsTotal, hosts);
            endAfterHundred = !progress.isEmpty() && progress.last().percent == 100;
        }
    }

    ASSERT_GE(progress.size(), 3) << "the start, a step on and the end of the addresses";
    EXPECT_EQ(progress.first().percent, 0);
    EXPECT_EQ(progress.first().hostsDone, 0);
    EXPECT_TRUE(endAfterHundred) << "the last progress before the end is 100";
    EXPECT_EQ(progress.last().hostsDone, hosts);
    for (qsizetype i = 0; i < progress.size(); ++i) {
        EXPECT_EQ(progress.at(i).hostsTotal, hosts);
        if (i == 0)
            continue;
        EXPECT_GT(progress.at(i).percent, progress.at(i - 1).percent) << "event " << i << " does not rise";
        EXPECT_GE(progress.at(i).hostsDone, progress.at(i - 1).hostsDone);
        if (progress.at(i).percent < 100) {
            EXPECT_GE(progress.at(i).percent, progress.at(i - 1).percent + 5) << "event " << i << " moved too little";
        }
    }
    EXPECT_GE(progress.size(), 4) << "a sweep of seconds moves on more than once between 0 and 100";
    for (auto it = perSecond.cbegin(); it != perSecond.cend(); ++it)
        EXPECT_LE(it.value(), 5) << "too many progress events in the second " << it.key().toStdString();

    // The stream and the stored log agree: GET /events has the same progress of this sweep.
    int stored = 0;
    for (const QJsonValue &v : api.get(s("/api/v1/events?after=0&limit=1000")).jsonArray())
        if (v.toObject().value(s("kind")).toString() == s("discovery.progress")
            && v.toObject().value(s("id")).toInteger() == runId)
            ++stored;
    EXPECT_EQ(stored, progress.size());
}

} // namespace

} // namespace mente::test
