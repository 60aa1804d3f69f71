// SPDX-License-Identifier: GPL-3.0-or-later
// 200 event-stream clients (from four loopback addresses, under the per-address limit) stay
// connected through an idle period longer than the idle and head deadlines, and all receive
// the next event.
#include "HostileBox.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSslSocket>

#include <gtest/gtest.h>
#include <memory>

using namespace mente::test;

namespace {
constexpr int kStreams = 200;

struct StreamClient
{
    std::unique_ptr<QSslSocket> socket;
    QByteArray in;
};

bool waitUntil(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

int countWith(const std::vector<StreamClient> &clients, const QByteArray &text)
{
    int n = 0;
    for (const StreamClient &c : clients)
        n += c.in.contains(text) ? 1 : 0;
    return n;
}
} // namespace

TEST(EventStreams, TwoHundredStreamsOutliveTheIdleTimeoutAndAllGetTheNextEvent)
{
    HostileBox b;
    ASSERT_TRUE(b.start(QStringLiteral("[api]\nidle_timeout_s=1\nheader_timeout_s=1\n[events]\nkeepalive_s=600\n")))
        << b.box.output().toStdString();
    const QByteArray request = "GET /api/v1/events/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                               + b.admin->token().toLatin1() + "\r\nAccept: text/event-stream\r\n\r\n";
    std::vector<StreamClient> clients(kStreams);
    for (int i = 0; i < kStreams; ++i) {
        StreamClient &c = clients[size_t(i)];
        c.socket = std::make_unique<QSslSocket>();
        QSslSocket *socket = c.socket.get();
        socket->setPeerVerifyMode(QSslSocket::VerifyNone); // a test client on loopback; the health probes pin
        ASSERT_TRUE(socket->bind(QHostAddress(QStringLiteral("127.0.3.%1").arg(1 + i % 4)), 0));
        QObject::connect(socket, &QSslSocket::encrypted, socket, [socket, request] { socket->write(request); });
        QObject::connect(socket, &QSslSocket::readyRead, socket, [&c] { c.in += c.socket->readAll(); });
        socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), b.apiPort);
    }
    ASSERT_TRUE(waitUntil([&] { return countWith(clients, "retry: 3000") == kStreams; }, 20000))
        << countWith(clients, "retry: 3000") << " of " << kStreams << " streams opened";
    EXPECT_EQ(countWith(clients, "HTTP/1.1 200"), kStreams);

    // Idle for three times the idle timeout: no stream may be cut.
    QElapsedTimer idle;
    idle.start();
    waitUntil([&] { return idle.elapsed() > 3000; }, 5000);
    int connected = 0;
    for (const StreamClient &c : clients)
        connected += c.socket->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    EXPECT_EQ(connected, kStreams);

    const HttpReply mute =
        b.admin->post(QStringLiteral("/api/v1/mutes"), {{QStringLiteral("kind"), QStringLiteral("box")},
                                                        {QStringLiteral("minutes"), 5},
                                                        {QStringLiteral("reason"), QStringLiteral("hostile test")}});
    ASSERT_EQ(mute.status, 201) << mute.body.toStdString();
    EXPECT_TRUE(waitUntil([&] { return countWith(clients, "event: mute") == kStreams; }, 10000))
        << countWith(clients, "event: mute") << " of " << kStreams << " streams got the event";
    clients.clear();
    EXPECT_TRUE(b.box.stop());
}
