// SPDX-License-Identifier: GPL-3.0-or-later
// Every answer the console reads has a size bound: a box (or something posing as one at its
// address, with its pinned certificate) that sends gigabytes gets an error, not the console's
// memory. Against a small TLS server on 127.0.0.1.
#include "TlsTestServer.h"
#include "api/BoxClient.h"
#include "api/BoxInfoClient.h"
#include "api/CertificateProbe.h"

#include <QTest>

#include <gtest/gtest.h>

using namespace mente;
using namespace mente::console;
using mente::test::CertFingerprint;
using mente::test::ClientRig;
using mente::test::TlsTestServer;

namespace {
// Writes `head`, then body bytes for as long as the peer reads them (the "2 GB answer"), and
// counts what it wrote.
void floodAfter(QSslSocket *socket, const QByteArray &head, qint64 *written)
{
    socket->write(head);
    auto pump = [socket, written]() {
        while (socket->bytesToWrite() < 512 * 1024) {
            socket->write(QByteArray(64 * 1024, '7'));
            *written += 64 * 1024;
        }
    };
    QObject::connect(socket, &QSslSocket::encryptedBytesWritten, socket, pump);
    pump();
}

ApiReply get(BoxClient *client, const QString &path)
{
    ApiReply out;
    bool done = false;
    QObject context;
    client->get(path, &context, [&](const ApiReply &r) {
        out = r;
        done = true;
    });
    EXPECT_TRUE(QTest::qWaitFor([&]() { return done; }, 20000));
    return out;
}
} // namespace

TEST(ReplyBounds, AnAnswerAnnouncedLargerThanTheBoundIsRefusedAtItsHeaders)
{
    TlsTestServer server;
    qint64 written = 0;
    server.serve = [&](QSslSocket *socket, const QByteArray &) {
        floodAfter(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2147483648\r\n\r\n",
                   &written);
    };
    ClientRig rig(server.url());
    const ApiReply r = get(rig.client.get(), QStringLiteral("/api/v1/status"));
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.reached());
    EXPECT_EQ(r.status, 200);
    EXPECT_TRUE(r.body.isEmpty());
    EXPECT_EQ(r.error().code, QStringLiteral("too_large"));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("32 MB"))) << r.error().message.toStdString();
}

TEST(ReplyBounds, AnEndlessAnswerIsCutAtTheBoundAndIsAnErrorOfTheTypedCall)
{
    TlsTestServer server;
    qint64 written = 0;
    server.serve = [&](QSslSocket *socket, const QByteArray &) {
        floodAfter(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n[", &written);
    };
    ClientRig rig(server.url());
    rig.client->setMaxReplyBytes(4 * 1024 * 1024);
    bool done = false;
    QObject context;
    std::optional<ApiResult<BoxStatus>> result;
    BoxInfoClient(rig.client.get()).status(&context, [&](const ApiResult<BoxStatus> &r) {
        result = r;
        done = true;
    });
    ASSERT_TRUE(QTest::qWaitFor([&]() { return done; }, 20000));
    EXPECT_FALSE(result->ok());
    EXPECT_FALSE(result->unreadable()); // refused, not decoded
    EXPECT_EQ(result->status(), 200);
    EXPECT_EQ(result->error().code, QStringLiteral("too_large"));
    EXPECT_TRUE(result->error().message.contains(QStringLiteral("4 MB"))) << result->error().message.toStdString();
    // It read past the bound and no further than the buffers around it.
    EXPECT_GT(written, 4 * 1024 * 1024);
    EXPECT_LT(written, 4 * 1024 * 1024 + 8 * 1024 * 1024);
}

TEST(ReplyBounds, AnAnswerWithinTheBoundIsReadWhole)
{
    TlsTestServer server;
    const QByteArray body = "{\"pad\":\"" + QByteArray(3 * 1024 * 1024, 'p') + "\"}";
    server.serve = [&](QSslSocket *socket, const QByteArray &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    };
    ClientRig rig(server.url());
    rig.client->setMaxReplyBytes(4 * 1024 * 1024);
    const ApiReply r = get(rig.client.get(), QStringLiteral("/api/v1/status"));
    EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r.body, body);
}

// Adding a box: its unauthenticated /health answer is bounded too; the certificate still shows.
TEST(ReplyBounds, TheFirstLookAtABoxReadsABoundedHealthAnswer)
{
    TlsTestServer server;
    qint64 written = 0;
    server.serve = [&](QSslSocket *socket, const QByteArray &) {
        floodAfter(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{", &written);
    };
    CertificateProbe probe;
    std::optional<Result<CertificateProbe::Outcome>> outcome;
    QObject::connect(&probe, &CertificateProbe::finished, &probe,
                     [&](const Result<CertificateProbe::Outcome> &o) { outcome = o; });
    probe.probe(QUrl(server.url()));
    ASSERT_TRUE(QTest::qWaitFor([&]() { return outcome.has_value(); }, 20000));
    ASSERT_TRUE(outcome->ok()) << outcome->error().message.toStdString();
    EXPECT_EQ(outcome->value().fingerprint, CertFingerprint);
    EXPECT_TRUE(outcome->value().serial.isEmpty());
    EXPECT_LT(written, 8 * 1024 * 1024);
}
