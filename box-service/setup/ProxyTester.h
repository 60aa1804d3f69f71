// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setup/ProxySettings.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

namespace mente::box {

// What a proxy test found.
struct ProxyCheck
{
    enum class Outcome {
        Ok,
        Refused,           // nothing listens at host:port
        HostNotFound,      // the proxy's name does not resolve
        Timeout,           // no answer in time
        AuthRequired,      // the proxy wants a user and password, none was given
        AuthFailed,        // the user or the password is wrong
        TargetUnreachable, // the proxy answered but cannot reach the target
        Forbidden,         // the proxy's rules do not allow the target
        NotAProxy,         // the answer is not HTTP CONNECT / SOCKS5
    };
    Outcome outcome = Outcome::Ok;
    QString detail; // e.g. the proxy's status line, for the log and the page
    bool ok() const { return outcome == Outcome::Ok; }
};

// Tries a proxy before it is saved (a wrong proxy cuts the box off, seed §6): opens a tunnel
// through it to a target (HTTP CONNECT, or a SOCKS5 handshake with optional user/password
// authentication, RFC 1928/1929) and reports what went wrong in words the page can show.
// Asynchronous on the event loop; one test at a time per tester object.
class ProxyTester : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const ProxyCheck &)>;

    explicit ProxyTester(QObject *parent = nullptr);

    void test(const ProxySettings &proxy, const QString &targetHost, quint16 targetPort, int timeoutMs, Done done);

    static QString outcomeName(ProxyCheck::Outcome outcome);

private:
    enum class Stage { Connecting, HttpReply, SocksMethod, SocksAuth, SocksConnect, Finished };

    void onConnected();
    void onReadyRead();
    void onError(QAbstractSocket::SocketError error);
    void onTimeout();
    void finish(ProxyCheck::Outcome outcome, const QString &detail = {});
    void sendSocksConnect();

    QPointer<QTcpSocket> m_socket;
    QTimer m_timer;
    ProxySettings m_proxy;
    QString m_targetHost;
    quint16 m_targetPort = 0;
    Stage m_stage = Stage::Finished;
    QByteArray m_buffer;
    Done m_done;
};

} // namespace mente::box
