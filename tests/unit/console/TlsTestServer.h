// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/BoxClient.h"
#include "support/FakeVault.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>

#include <functional>
#include <memory>

namespace mente::test {

// A throwaway self-signed certificate made with openssl for these tests only.
inline const QByteArray CertPem = "-----BEGIN CERTIFICATE-----\n"
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
inline const QByteArray KeyPem = "-----BEGIN PRIVATE KEY-----\n"
                                 "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgiL+mN8vkF4yq7p/2\n"
                                 "vBl6pw6RFgSEXekrRDQqqe3tZwGhRANCAATMD7JWt3YQgxEWlteCORFug21RRGnv\n"
                                 "NAQEyVho3v0VpAgB67//T4BTr9vhorFnPkQhdJr0zR/+1GowqaXE2a5f\n"
                                 "-----END PRIVATE KEY-----\n";
inline const QString CertFingerprint = QStringLiteral(
    "sha256:E2:79:79:BF:93:C8:A3:0C:DB:91:33:00:EE:50:BD:9D:03:F7:8E:68:D4:B4:16:2A:2E:3E:E3:FC:17:69:D5:7D");

// A small HTTPS server on 127.0.0.1 (a port of its own) that plays a box badly or well: each
// request's head is handed to `serve` with its socket, which answers as the test wants. It
// records what the console sent (Last-Event-ID, Authorization) per request.
class TlsTestServer : public QObject
{
public:
    std::function<void(QSslSocket *socket, const QByteArray &head)> serve;
    QList<QByteArray> lastEventIds;
    QList<QByteArray> authorizations;

    TlsTestServer()
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(CertPem));
        tls.setPrivateKey(QSslKey(KeyPem, QSsl::Ec));
        m_server.setSslConfiguration(tls);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this]() {
            while (auto *socket = static_cast<QSslSocket *>(m_server.nextPendingConnection()))
                accept(socket);
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort()); }
    int requests() const { return int(lastEventIds.size()); }

private:
    static QByteArray header(const QByteArray &head, const QByteArray &name)
    {
        for (const QByteArray &line : head.split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.toLower().startsWith(name + ':'))
                return l.mid(name.size() + 1).trimmed();
        }
        return {};
    }

    void accept(QSslSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QSslSocket::readyRead, this, [this, socket, buffer]() {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end);
            buffer->clear();
            lastEventIds.append(header(head, "last-event-id"));
            authorizations.append(header(head, "authorization"));
            if (serve)
                serve(socket, head);
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    }

    QSslServer m_server;
};

// A BoxClient for the box at `url`, pinned to `fingerprint`, with a session token in its vault.
struct ClientRig
{
    QNetworkAccessManager nam;
    console::FakeVault vault;
    std::unique_ptr<console::BoxClient> client;
    explicit ClientRig(const QString &url, const QString &fingerprint = CertFingerprint)
    {
        console::BoxRecord r;
        r.id = 1;
        r.url = url;
        r.login = QStringLiteral("admin");
        r.fingerprint = fingerprint;
        vault.put(r.tokenKey(),
                  QStringLiteral(R"({"token":"tok-123","operator":{"id":1,"login":"admin","admin":true}})"));
        client = std::make_unique<console::BoxClient>(&nam, &vault, r);
    }
};

} // namespace mente::test
