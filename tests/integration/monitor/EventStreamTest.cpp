// SPDX-License-Identifier: GPL-3.0-or-later
// GET /events and the Server-Sent-Events stream: a real change arrives on the stream, and a
// reconnect with Last-Event-ID resumes without gaps.
#include "MonitorHarness.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QThread>

#include <gtest/gtest.h>

using namespace mente::test;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

TEST(EventStream, DeliversChangesAndResumesFromLastEventId)
{
    MonitoredBox box;
    ASSERT_TRUE(box.start()) << qPrintable(box.box.output());
    const QString url = box.box.apiUrl() + s("/api/v1/events/stream");
    SseReader live(url, box.box.fingerprint(), box.client->token());
    ASSERT_TRUE(waitFor([&] { return live.status == 200; }, 5000));
    EXPECT_TRUE(live.contentType.startsWith("text/event-stream"));
    ASSERT_TRUE(waitFor([&] { return live.comments >= 1; }, 4000)) << "keep-alive comments every second";

    QTcpServer plain;
    ASSERT_TRUE(plain.listen(QHostAddress::LocalHost, 0));
    const qint64 device = box.addDevice(s("127.0.0.1"));
    const qint64 port = box.addPort(device, plain.serverPort(), QString());
    ASSERT_EQ(box.client->patch(s("/api/v1/ports/%1").arg(port), {{s("monitor"), true}}).status, 200);

    auto hasChange = [](const SseReader &r, const char *to) {
        for (const auto &m : r.messages)
            if (m.event == s("port") && m.data.value(s("to")).toString() == QLatin1String(to))
                return true;
        return false;
    };
    ASSERT_TRUE(waitFor([&] { return hasChange(live, "ok"); }, 5000));
    plain.close();
    ASSERT_TRUE(waitFor([&] { return hasChange(live, "fault"); }, 10000));

    // The stream and GET /events tell the same story, in order, with the same numbers.
    const QJsonArray stored = box.events();
    ASSERT_GE(stored.size(), 2);
    qint64 previous = 0;
    for (const auto &m : live.messages) {
        EXPECT_GT(m.id, previous);
        EXPECT_EQ(m.data.value(s("seq")).toInteger(), m.id);
        previous = m.id;
    }
    EXPECT_EQ(box.client->get(s("/api/v1/events?after=%1").arg(previous)).jsonArray().size(), 0);

    // Reconnect as a browser's EventSource would: everything after the given id comes again.
    const qint64 firstId = live.messages.first().id;
    SseReader resumed(url, box.box.fingerprint(), box.client->token(), QByteArray::number(firstId));
    ASSERT_TRUE(waitFor([&] { return resumed.messages.size() >= live.messages.size() - 1; }, 5000));
    EXPECT_EQ(resumed.messages.first().id, live.messages.at(1).id);
    SseReader viaQuery(url + s("?after=0"), box.box.fingerprint(), box.client->token());
    ASSERT_TRUE(waitFor([&] { return viaQuery.messages.size() >= stored.size(); }, 5000));
    EXPECT_EQ(viaQuery.messages.first().id, stored.first().toObject().value(s("seq")).toInteger());
}

TEST(EventStream, RejectsBadInputAndStrangers)
{
    MonitoredBox box;
    ASSERT_TRUE(box.start()) << qPrintable(box.box.output());
    const QString url = box.box.apiUrl() + s("/api/v1/events/stream");
    SseReader stranger(url, box.box.fingerprint(), s("not-a-token"));
    ASSERT_TRUE(waitFor([&] { return stranger.finished; }, 5000));
    EXPECT_EQ(stranger.status, 401);
    SseReader bad(url, box.box.fingerprint(), box.client->token(), "abc");
    ASSERT_TRUE(waitFor([&] { return bad.finished; }, 5000));
    EXPECT_EQ(bad.status, 400);

    EXPECT_EQ(box.client->get(s("/api/v1/events?after=-1")).errorField(), s("after"));
    EXPECT_EQ(box.client->get(s("/api/v1/events?limit=0")).errorField(), s("limit"));
    EXPECT_EQ(box.client->get(s("/api/v1/events?limit=100000")).errorField(), s("limit"));
    const HttpReply list = box.client->get(s("/api/v1/events?after=0&limit=5"));
    EXPECT_EQ(list.status, 200);
    EXPECT_TRUE(list.jsonArray().size() <= 5);
}

TEST(EventStream, NumberOfStreamsIsBounded)
{
    MonitoredBox box;
    ASSERT_TRUE(box.start(s("max_streams=2\n"))) << qPrintable(box.box.output()); // lands in [events]
    const QString url = box.box.apiUrl() + s("/api/v1/events/stream");
    auto first = std::make_unique<SseReader>(url, box.box.fingerprint(), box.client->token());
    SseReader second(url, box.box.fingerprint(), box.client->token());
    ASSERT_TRUE(waitFor([&] { return first->status == 200 && second.status == 200; }, 5000));
    SseReader third(url, box.box.fingerprint(), box.client->token());
    ASSERT_TRUE(waitFor([&] { return third.finished; }, 5000));
    EXPECT_EQ(third.status, 503);
    first.reset(); // closing one makes room
    QThread::msleep(300);
    SseReader fourth(url, box.box.fingerprint(), box.client->token());
    ASSERT_TRUE(waitFor([&] { return fourth.status != 0; }, 5000));
    EXPECT_EQ(fourth.status, 200);
}
