// SPDX-License-Identifier: GPL-3.0-or-later
// The event-stream client over real TLS on loopback, against a small SSE server written here:
// the box's stream is not there yet, and this holds the client to the API.md contract.
#include "api/EventStream.h"

#include "api/BoxClient.h"
#include "support/FakeVault.h"

#include <QNetworkAccessManager>
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

namespace {
// A throwaway self-signed certificate made with openssl for this test only.
const QByteArray CertPem = "-----BEGIN CERTIFICATE-----\n"
                           "MIIBfzCCASWgAwIBAgIUERHWe7its+9PTygknfg39qemM9wwCgYIKoZIzj0EAwIw\n"
                           "FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTEyNjAwNTQyM1oYDzIxMjYxMTAy\n"
                           "MDA1NDIzWjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO\n"
                           "PQMBBwNCAATMD7JWt3YQgxEWlteCORFug21RRGnvNAQEyVho3v0VpAgB67//T4BT\n"
                           "r9vhorFnPkQhdJr0zR/+1GowqaXE2a5fo1MwUTAdBgNVHQ4EFgQUi6Sub2q6Vyvz\n"
                           "JzsLAyAmjWfNaaMwHwYDVR0jBBgwFoAUi6Sub2q6VyvzJzsLAyAmjWfNaaMwDwYD\n"
                           "VR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNIADBFAiArYvGjbVKutAKoyZIaeppo\n"
                           "bL2O3ELy1iGEBVOY2kNa0QIhAKyNZwHAI4QQ4WV8S0EBQTqSrGsyLYrGdHb3g1De\n"
                           "Rzpn\n"
                           "-----END CERTIFICATE-----\n";
const QByteArray KeyPem = "-----BEGIN PRIVATE KEY-----\n"
                          "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgiL+mN8vkF4yq7p/2\n"
                          "vBl6pw6RFgSEXekrRDQqqe3tZwGhRANCAATMD7JWt3YQgxEWlteCORFug21RRGnv\n"
                          "NAQEyVho3v0VpAgB67//T4BTr9vhorFnPkQhdJr0zR/+1GowqaXE2a5f\n"
                          "-----END PRIVATE KEY-----\n";
const QString CertFingerprint = QStringLiteral(
    "sha256:E2:79:79:BF:93:C8:A3:0C:DB:91:33:00:EE:50:BD:9D:03:F7:8E:68:D4:B4:16:2A:2E:3E:E3:FC:17:69:D5:7D");

QByteArray eventChunk(qint64 seq, const char *kind, const char *from, const char *to)
{
    return "id: " + QByteArray::number(seq) + "\nevent: state\ndata: {\"seq\":" + QByteArray::number(seq)
           + ",\"at\":\"2026-11-25T10:00:00Z\",\"kind\":\"" + kind + "\",\"id\":3,\"from\":\"" + from + "\",\"to\":\""
           + to + "\"}\n\n";
}

// Serves the stream: each connection gets what `respond` returns for its Last-Event-ID, then
// the connection is closed (as a dropped link would be).
class SseServer : public QObject
{
public:
    std::function<QByteArray(const QByteArray &lastEventId)> respond;
    QList<QByteArray> lastEventIds;
    QList<QByteArray> authorizations;

    SseServer()
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(CertPem));
        tls.setPrivateKey(QSslKey(KeyPem, QSsl::Ec));
        m_server.setSslConfiguration(tls);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this]() {
            while (auto *socket = static_cast<QSslSocket *>(m_server.nextPendingConnection()))
                serve(socket);
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort()); }

private:
    void serve(QSslSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QSslSocket::readyRead, this, [this, socket, buffer]() {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            QByteArray lastId;
            QByteArray auth;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            for (const QByteArray &line : lines) {
                const QByteArray l = line.trimmed();
                if (l.toLower().startsWith("last-event-id:"))
                    lastId = l.mid(14).trimmed();
                if (l.toLower().startsWith("authorization:"))
                    auth = l.mid(14).trimmed();
            }
            buffer->clear();
            lastEventIds.append(lastId);
            authorizations.append(auth);
            socket->write(respond(lastId));
            socket->flush();
            QTimer::singleShot(50, socket, [socket]() { socket->disconnectFromHost(); });
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    }

    QSslServer m_server;
};

struct Rig
{
    QNetworkAccessManager nam;
    FakeVault vault;
    std::unique_ptr<BoxClient> client;
    explicit Rig(const QString &url, const QString &fingerprint = CertFingerprint)
    {
        BoxRecord r;
        r.id = 1;
        r.url = url;
        r.login = QStringLiteral("admin");
        r.fingerprint = fingerprint;
        vault.put(r.tokenKey(),
                  QStringLiteral(R"({"token":"tok-123","operator":{"id":1,"login":"admin","admin":true}})"));
        client = std::make_unique<BoxClient>(&nam, &vault, r);
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
    Rig rig(server.url());
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
    Rig rig(server.url());
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
    Rig rig(server.url(), QStringLiteral("sha256:00:11"));
    EventStream stream(rig.client.get());
    stream.setBackoffLimits(50, 200);
    QSignalSpy live(&stream, &EventStream::live);
    stream.start(0);
    QTest::qWait(500);
    stream.stop();
    EXPECT_EQ(live.size(), 0);
    EXPECT_TRUE(server.lastEventIds.isEmpty()); // no request reached it
}
