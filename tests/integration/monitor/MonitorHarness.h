// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/BoxProcess.h"
#include "support/HttpsClient.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace mente::test {

// A real mente-box, its admin logged in with a changed password.
struct MonitoredBox
{
    BoxProcess box;
    std::unique_ptr<HttpsClient> client;

    // Starts with short monitor intervals plus `extraIni` (whole sections); false on failure.
    bool start(const QString &extraIni = {}, const QString &monitorIni = {});
    qint64 addDevice(const QString &ip);
    qint64 addPort(qint64 deviceId, int port, const QString &protocol);
    QJsonObject device(qint64 id);
    QJsonObject port(qint64 id);
    QJsonArray events(qint64 after = 0);
};

// Processes events until `done` holds or `timeoutMs` passes; returns done().
bool waitFor(const std::function<bool()> &done, int timeoutMs);
int freePort();

// A real server as a child process, stopped (SIGTERM, then KILL) on stop() or destruction.
class ServerProcess
{
public:
    ~ServerProcess() { stop(); }
    bool start(const QString &program, const QStringList &args, int port);
    void stop();
    bool running() const { return m_process && m_process->state() == QProcess::Running; }

private:
    std::unique_ptr<QProcess> m_process;
};

// A real OpenSSH server on 127.0.0.1:port with its own host key (no PAM, no strict modes).
class SshServer
{
public:
    bool start(int port);
    void stop() { m_server.stop(); }

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
};

// A network namespace with a veth link to it: host side 10.9x.y.1/24, namespace side .2
// (more addresses with addAddress). Removed on destruction, even when a test fails.
class NetNamespace
{
public:
    explicit NetNamespace(int index);
    ~NetNamespace();
    bool ok() const { return m_ok; }
    QString name() const { return m_name; }
    QString hostIp() const { return m_prefix + QStringLiteral("1"); }
    QString nsIp(int host = 2) const { return m_prefix + QString::number(host); }
    QString hostInterface() const { return m_hostIf; }
    QString nsInterface() const { return m_nsIf; }
    bool addAddress(int host);
    bool setLinkUp(bool up); // the namespace's end of the veth
    bool exec(const QStringList &command);

    static bool run(const QStringList &command);

private:
    QString m_name;
    QString m_hostIf;
    QString m_nsIf;
    QString m_prefix;
    bool m_ok = false;
};

// A Server-Sent-Events reader over HTTPS with the box's pinned certificate.
class SseReader : public QObject
{
public:
    struct Message
    {
        qint64 id = 0;
        QString event;
        QJsonObject data;
    };
    SseReader(const QString &url, const QString &fingerprint, const QString &token, const QByteArray &lastEventId = {});
    ~SseReader() override;
    QList<Message> messages;
    int comments = 0;
    int status = 0;
    QByteArray contentType;
    bool finished = false;

private:
    void parse();
    QNetworkAccessManager m_nam;
    QNetworkReply *m_reply = nullptr;
    QByteArray m_buffer;
};

} // namespace mente::test
