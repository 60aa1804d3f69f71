// SPDX-License-Identifier: GPL-3.0-or-later
// The event-stream client over real TLS on loopback, against a small SSE server written here
// that holds the client to the API.md contract and misbehaves as a broken box would.
#include "api/EventStream.h"

#include "FakeTimers.h"
#include "TlsTestServer.h"
#include "api/BoxClient.h"
#include "support/FakeVault.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace mente;
using namespace mente::console;
using mente::test::CertFingerprint;
using mente::test::ClientRig;
using mente::test::TlsTestServer;

namespace {
QByteArray eventChunk(qint64 seq, const char *kind, const char *from, const char *to)
{
    return "id: " + QByteArray::number(seq) + "\nevent: state\ndata: {\"seq\":" + QByteArray::number(seq)
           + ",\"at\":\"2026-11-25T10:00:00Z\",\"kind\":\"" + kind + "\",\"id\":3,\"from\":\"" + from + "\",\"to\":\""
           + to + "\"}\n\n";
}

// Serves the stream: each connection gets what `respond` returns for its Last-Event-ID, then
// the connection is closed (as a dropped link would be).
class SseServer : public TlsTestServer
{
public:
    std::function<QByteArray(const QByteArray &lastEventId)> respond;

    SseServer()
    {
        serve = [this](QSslSocket *socket, const QByteArray &) {
            socket->write(respond(lastEventIds.last()));
            socket->flush();
            QTimer::singleShot(50, socket, [socket]() { socket->disconnectFromHost(); });
        };
    }
};

} // namespace

TEST(EventStream, DeliversEventsAndResumesAfterTheLastEventIdWithoutRepeats)
{
    SseServer server;
    server.respond = [](const QByteArray &lastId) -> QByteArray {
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n\r\n";
        if (lastId.isEmpty())
            return head + ": hello\n\n" + eventChunk(1, "device", "unknown", "ok")
                   + eventChunk(2, "device", "ok", "fault");
        // The box replays from the id it was given; the client must not deliver 2 twice.
        return head + eventChunk(2, "device", "ok", "fault") + eventChunk(3, "device", "fault", "ok");
    };
    ClientRig rig(server.url());
    EventStream stream(rig.client.get());
    stream.setBackoffLimits(50, 200);
    QSignalSpy events(&stream, &EventStream::eventReceived);
    QSignalSpy lost(&stream, &EventStream::lost);
    stream.start(0);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return events.size() >= 3; }, 10000)) << events.size();
    QTest::qWait(300);
    stream.stop();
    QList<qint64> seqs;
    for (const auto &args : events)
        seqs.append(args.first().value<Event>().seq);
    ASSERT_GE(seqs.size(), 3);
    EXPECT_EQ(seqs.mid(0, 3), (QList<qint64>{1, 2, 3}));
    EXPECT_EQ(events.at(1).first().value<Event>().to, QStringLiteral("fault"));
    ASSERT_GE(server.lastEventIds.size(), 2);
    EXPECT_EQ(server.lastEventIds.at(0), QByteArray());
    EXPECT_EQ(server.lastEventIds.at(1), QByteArray("2"));
    EXPECT_EQ(server.authorizations.at(0), QByteArray("Bearer tok-123"));
    EXPECT_GE(lost.size(), 1);
    EXPECT_EQ(stream.lastSeq(), seqs.last());
}

TEST(EventStream, SaysUnsupportedWhenTheBoxHasNoStream)
{
    SseServer server;
    server.respond = [](const QByteArray &) -> QByteArray {
        const QByteArray body = "{\"error\":{\"code\":\"not_found\",\"message\":\"no\"}}";
        return "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: "
               + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    };
    ClientRig rig(server.url());
    EventStream stream(rig.client.get());
    stream.setBackoffLimits(50, 200);
    QSignalSpy unsupported(&stream, &EventStream::unsupported);
    stream.start(0);
    ASSERT_TRUE(unsupported.wait(10000));
    QTest::qWait(300);
    EXPECT_EQ(server.lastEventIds.size(), 1); // and it does not keep knocking
}

TEST(EventStream, NeverTalksToAServerWithAnotherCertificate)
{
    SseServer server;
    server.respond = [](const QByteArray &) -> QByteArray { return "HTTP/1.1 200 OK\r\n\r\n"; };
    ClientRig rig(server.url(), QStringLiteral("sha256:00:11"));
    EventStream stream(rig.client.get());
    stream.setBackoffLimits(50, 200);
    QSignalSpy live(&stream, &EventStream::live);
    stream.start(0);
    QTest::qWait(500);
    stream.stop();
    EXPECT_EQ(live.size(), 0);
    EXPECT_TRUE(server.lastEventIds.isEmpty()); // no request reached it
}

namespace {
const QByteArray StreamHead = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n";
const QByteArray Refused = "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n";
} // namespace

// The reconnect delay runs on the injected timers: its step doubles from the first to the most
// after each failed try, stays there, and starts again from the first once a stream was live. With Qt's
// timers this test would wait seven minutes; on the fake clock it waits for the network only.
TEST(EventStream, BacksOffOnTheInjectedClockDoublingUpToTheMostAndResetsWhenLive)
{
    mente::test::FakeClock clock;
    mente::test::FakeTimers timers(clock);
    SseServer server;
    bool refuse = true;
    server.respond = [&](const QByteArray &) -> QByteArray {
        return refuse ? Refused : StreamHead + "\r\n: hello\n\n";
    };
    ClientRig rig(server.url());
    EventStream stream(rig.client.get(), nullptr, &timers);
    stream.setBackoffLimits(60000, 240000);
    QSignalSpy lost(&stream, &EventStream::lost);
    QSignalSpy live(&stream, &EventStream::live);
    stream.start(0);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return lost.size() == 1; }, 10000));
    EXPECT_EQ(server.requests(), 1);
    EXPECT_EQ(lost.first().first().toString(), QStringLiteral("HTTP 503"));

    int tries = 1;
    // Each delay is jittered within [step / 2, step], so that boxes dropped together come back apart.
    for (const int delay : {60000, 120000, 240000, 240000}) {
        const qint64 wait = timers.msUntilNext(); // the retry's: nothing else runs between tries
        EXPECT_GE(wait, delay / 2);
        EXPECT_LE(wait, delay);
        timers.advanceMs(wait - 1);
        QTest::qWait(150);
        EXPECT_EQ(server.requests(), tries) << "tried again before " << wait << " ms had passed";
        timers.advanceMs(1);
        ++tries;
        ASSERT_TRUE(QTest::qWaitFor([&]() { return lost.size() == tries; }, 10000)) << "no try after " << delay;
        EXPECT_EQ(server.requests(), tries);
    }
    EXPECT_EQ(stream.nextBackoffMs(), 240000);

    refuse = false; // the box takes the stream again
    timers.advanceMs(timers.msUntilNext());
    ASSERT_TRUE(live.wait(10000));
    EXPECT_EQ(server.requests(), tries + 1);
    EXPECT_EQ(stream.nextBackoffMs(), 60000);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return lost.size() == tries + 1; }, 10000)); // the server closes it
    const qint64 wait = timers.msUntilNext();
    EXPECT_GE(wait, 30000);
    EXPECT_LE(wait, 60000);
    timers.advanceMs(wait - 1);
    QTest::qWait(150);
    EXPECT_EQ(server.requests(), tries + 1);
    timers.advanceMs(1);
    EXPECT_TRUE(QTest::qWaitFor([&]() { return server.requests() == tries + 2; }, 10000));
    stream.stop();
}

// A box that keeps the connection open but sends nothing, not even its keep-alive comment, for
// three of the intervals it announced (X-Mente-Keepalive) has lost its stream: the console drops
// it and reconnects. Every byte (a keep-alive included) starts the three intervals again.
TEST(EventStream, AStreamSilentForThreeKeepaliveIntervalsIsLostAndReconnected)
{
    mente::test::FakeClock clock;
    mente::test::FakeTimers timers(clock);
    TlsTestServer server;
    QPointer<QSslSocket> open;
    server.serve = [&](QSslSocket *socket, const QByteArray &) {
        open = socket;
        socket->write(StreamHead + "X-Mente-Keepalive: 2\r\n\r\n: keep-alive\n\n");
        socket->flush();
    };
    ClientRig rig(server.url());
    EventStream stream(rig.client.get(), nullptr, &timers);
    stream.setBackoffLimits(1000, 4000);
    QSignalSpy lost(&stream, &EventStream::lost);
    QSignalSpy heartbeat(&stream, &EventStream::heartbeat);
    stream.start(0);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return stream.isLive(); }, 10000));
    EXPECT_EQ(stream.keepaliveS(), 2);

    timers.advanceMs(5000);
    ASSERT_TRUE(open);
    open->write(": keep-alive\n\n");
    open->flush();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return heartbeat.size() >= 2; }, 10000));
    timers.advanceMs(5999); // 11 s since the stream opened, not 6 since the last byte
    QTest::qWait(150);
    EXPECT_TRUE(stream.isLive());
    EXPECT_TRUE(lost.isEmpty());

    timers.advanceMs(1);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return lost.size() == 1; }, 10000));
    EXPECT_EQ(lost.first().first().toString(), QStringLiteral("nothing from the box for 6 s"));
    EXPECT_FALSE(stream.isLive());
    timers.advanceMs(1000);
    EXPECT_TRUE(QTest::qWaitFor([&]() { return server.requests() == 2 && stream.isLive(); }, 10000));
    stream.stop();
}

TEST(EventStream, WithoutTheKeepaliveHeaderTheBoxsDefaultIntervalHolds)
{
    mente::test::FakeClock clock;
    mente::test::FakeTimers timers(clock);
    TlsTestServer server;
    server.serve = [&](QSslSocket *socket, const QByteArray &) {
        socket->write(StreamHead + "\r\n: keep-alive\n\n");
        socket->flush();
    };
    ClientRig rig(server.url());
    EventStream stream(rig.client.get(), nullptr, &timers);
    QSignalSpy lost(&stream, &EventStream::lost);
    stream.start(0);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return stream.isLive(); }, 10000));
    EXPECT_EQ(stream.keepaliveS(), EventStream::DefaultKeepaliveS);
    timers.advanceMs(3 * 15 * 1000 - 1);
    QTest::qWait(150);
    EXPECT_TRUE(lost.isEmpty());
    timers.advanceMs(1);
    EXPECT_TRUE(QTest::qWaitFor([&]() { return lost.size() == 1; }, 10000));
    stream.stop();
}

// A line or a message past the parser's limits is dropped with the connection, the events before
// it are delivered, and the stream reconnects.
TEST(EventStream, AnOverlongLineOrMessageDropsTheStreamAndItReconnects)
{
    for (const bool oneLine : {true, false}) {
        SCOPED_TRACE(oneLine ? "one long line" : "many data lines");
        mente::test::FakeClock clock;
        mente::test::FakeTimers timers(clock);
        TlsTestServer server;
        QByteArray flood;
        if (oneLine) {
            flood = "data: " + QByteArray(200 * 1024, 'x'); // no end of line in sight
        } else {
            for (int i = 0; i < 8; ++i)
                flood += "data: " + QByteArray(100 * 1024, 'y') + '\n';
        }
        server.serve = [&](QSslSocket *socket, const QByteArray &) {
            socket->write(StreamHead + "\r\n" + eventChunk(1, "device", "unknown", "ok") + flood);
            socket->flush(); // and the connection stays open: only the console can end it
        };
        ClientRig rig(server.url());
        EventStream stream(rig.client.get(), nullptr, &timers);
        stream.setBackoffLimits(1000, 4000);
        QSignalSpy events(&stream, &EventStream::eventReceived);
        QSignalSpy lost(&stream, &EventStream::lost);
        stream.start(0);
        ASSERT_TRUE(QTest::qWaitFor([&]() { return lost.size() == 1; }, 10000));
        EXPECT_TRUE(lost.first().first().toString().startsWith(oneLine ? QStringLiteral("a line longer than")
                                                                       : QStringLiteral("a message longer than")))
            << lost.first().first().toString().toStdString();
        ASSERT_EQ(events.size(), 1);
        EXPECT_EQ(events.first().first().value<Event>().seq, 1);
        timers.advanceMs(1000);
        EXPECT_TRUE(QTest::qWaitFor([&]() { return server.requests() == 2; }, 10000));
        EXPECT_EQ(server.lastEventIds.last(), QByteArray("1"));
        // The box replays the same unreadable stream: the back-off keeps growing (a stream that
        // only went live again is no progress), so the console does not hammer it every second.
        ASSERT_TRUE(QTest::qWaitFor([&]() { return lost.size() == 2; }, 10000));
        EXPECT_EQ(events.size(), 1) << "the replayed event is not delivered twice";
        EXPECT_EQ(stream.nextBackoffMs(), 4000);
        stream.stop();
    }
}

// A refusal whose body never ends is not kept: the console drops it past a small bound.
TEST(EventStream, AnEndlessErrorAnswerIsDroppedNotKept)
{
    mente::test::FakeClock clock;
    mente::test::FakeTimers timers(clock);
    TlsTestServer server;
    server.serve = [&](QSslSocket *socket, const QByteArray &) {
        socket->write("HTTP/1.1 500 Internal Server Error\r\nConnection: close\r\n\r\n");
        auto pump = [socket]() {
            if (socket->bytesToWrite() < 256 * 1024)
                socket->write(QByteArray(64 * 1024, 'z'));
        };
        QObject::connect(socket, &QSslSocket::encryptedBytesWritten, socket, pump);
        pump();
    };
    ClientRig rig(server.url());
    EventStream stream(rig.client.get(), nullptr, &timers);
    QSignalSpy lost(&stream, &EventStream::lost);
    stream.start(0);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return lost.size() == 1; }, 10000));
    EXPECT_TRUE(lost.first().first().toString().startsWith(QStringLiteral("an error answer longer than")))
        << lost.first().first().toString().toStdString();
    stream.stop();
}
