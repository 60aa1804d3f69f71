// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/ProxyTester.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkProxy>

Q_DECLARE_LOGGING_CATEGORY(lcSetup)

namespace mente::box {

ProxyTester::ProxyTester(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ProxyTester::onTimeout);
}

QString ProxyTester::outcomeName(ProxyCheck::Outcome outcome)
{
    switch (outcome) {
    case ProxyCheck::Outcome::Ok:
        return QStringLiteral("ok");
    case ProxyCheck::Outcome::Refused:
        return QStringLiteral("refused");
    case ProxyCheck::Outcome::HostNotFound:
        return QStringLiteral("host-not-found");
    case ProxyCheck::Outcome::Timeout:
        return QStringLiteral("timeout");
    case ProxyCheck::Outcome::AuthRequired:
        return QStringLiteral("auth-required");
    case ProxyCheck::Outcome::AuthFailed:
        return QStringLiteral("auth-failed");
    case ProxyCheck::Outcome::TargetUnreachable:
        return QStringLiteral("target-unreachable");
    case ProxyCheck::Outcome::Forbidden:
        return QStringLiteral("forbidden");
    case ProxyCheck::Outcome::NotAProxy:
        return QStringLiteral("not-a-proxy");
    }
    return QStringLiteral("unknown");
}

void ProxyTester::test(const ProxySettings &proxy, const QString &targetHost, quint16 targetPort, int timeoutMs,
                       Done done)
{
    if (m_stage != Stage::Finished)
        finish(ProxyCheck::Outcome::Timeout, QStringLiteral("superseded by another test"));
    m_proxy = proxy;
    m_targetHost = targetHost;
    m_targetPort = targetPort;
    m_done = std::move(done);
    m_buffer.clear();
    m_stage = Stage::Connecting;
    m_socket = new QTcpSocket(this);
    m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket, &QTcpSocket::connected, this, &ProxyTester::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &ProxyTester::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &ProxyTester::onError);
    m_timer.start(timeoutMs);
    m_socket->connectToHost(proxy.host, quint16(proxy.port));
}

void ProxyTester::onConnected()
{
    if (m_proxy.type == QLatin1String("http")) {
        const QByteArray target = m_targetHost.toUtf8() + ':' + QByteArray::number(m_targetPort);
        QByteArray request = "CONNECT " + target + " HTTP/1.1\r\nHost: " + target + "\r\nUser-Agent: mente-box\r\n";
        if (!m_proxy.user.isEmpty())
            request += "Proxy-Authorization: Basic "
                       + (m_proxy.user + QLatin1Char(':') + m_proxy.password).toUtf8().toBase64() + "\r\n";
        request += "\r\n";
        m_stage = Stage::HttpReply;
        m_socket->write(request);
        return;
    }
    // SOCKS5 greeting: offer "no authentication", and user/password when we have one.
    QByteArray greeting("\x05", 1);
    if (m_proxy.user.isEmpty())
        greeting += QByteArray("\x01\x00", 2);
    else
        greeting += QByteArray("\x02\x00\x02", 3);
    m_stage = Stage::SocksMethod;
    m_socket->write(greeting);
}

void ProxyTester::sendSocksConnect()
{
    QByteArray request("\x05\x01\x00", 3);
    const QHostAddress literal(m_targetHost);
    if (literal.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 ip = literal.toIPv4Address();
        request += char(1);
        for (int shift = 24; shift >= 0; shift -= 8)
            request += char((ip >> shift) & 0xff);
    } else {
        const QByteArray name = m_targetHost.toUtf8().left(255);
        request += char(3);
        request += char(name.size());
        request += name;
    }
    request += char((m_targetPort >> 8) & 0xff);
    request += char(m_targetPort & 0xff);
    m_stage = Stage::SocksConnect;
    m_socket->write(request);
}

void ProxyTester::onReadyRead()
{
    m_buffer += m_socket->readAll();
    switch (m_stage) {
    case Stage::HttpReply: {
        const qsizetype end = m_buffer.indexOf("\r\n");
        if (end < 0) {
            if (m_buffer.size() > 8192)
                finish(ProxyCheck::Outcome::NotAProxy, QStringLiteral("no HTTP status line"));
            return;
        }
        const QByteArray statusLine = m_buffer.left(end);
        const QList<QByteArray> parts = statusLine.split(' ');
        bool ok = false;
        const int code = parts.value(1).toInt(&ok);
        const QString detail = QString::fromLatin1(statusLine.left(200));
        if (!statusLine.startsWith("HTTP/") || !ok)
            finish(ProxyCheck::Outcome::NotAProxy, detail);
        else if (code >= 200 && code < 300)
            finish(ProxyCheck::Outcome::Ok, detail);
        else if (code == 407 || code == 401) // tinyproxy answers a wrong password with 401
            finish(m_proxy.user.isEmpty() ? ProxyCheck::Outcome::AuthRequired : ProxyCheck::Outcome::AuthFailed,
                   detail);
        else if (code == 403 || code == 405)
            finish(ProxyCheck::Outcome::Forbidden, detail);
        else if (code >= 500)
            finish(ProxyCheck::Outcome::TargetUnreachable, detail);
        else
            finish(ProxyCheck::Outcome::NotAProxy, detail);
        return;
    }
    case Stage::SocksMethod: {
        if (m_buffer.size() < 2)
            return;
        const auto version = quint8(m_buffer.at(0));
        const auto method = quint8(m_buffer.at(1));
        m_buffer.remove(0, 2);
        if (version != 5)
            return finish(ProxyCheck::Outcome::NotAProxy, QStringLiteral("not a SOCKS5 answer"));
        if (method == 0xff)
            return finish(m_proxy.user.isEmpty() ? ProxyCheck::Outcome::AuthRequired : ProxyCheck::Outcome::AuthFailed,
                          QStringLiteral("no acceptable authentication method"));
        if (method == 0x00)
            return sendSocksConnect();
        if (method == 0x02 && !m_proxy.user.isEmpty()) {
            const QByteArray user = m_proxy.user.toUtf8().left(255);
            const QByteArray password = m_proxy.password.toUtf8().left(255);
            QByteArray auth(1, char(1));
            auth += char(user.size());
            auth += user;
            auth += char(password.size());
            auth += password;
            m_stage = Stage::SocksAuth;
            m_socket->write(auth);
            return;
        }
        return finish(ProxyCheck::Outcome::AuthRequired, QStringLiteral("method %1").arg(method));
    }
    case Stage::SocksAuth: {
        if (m_buffer.size() < 2)
            return;
        const auto status = quint8(m_buffer.at(1));
        m_buffer.remove(0, 2);
        if (status != 0)
            return finish(ProxyCheck::Outcome::AuthFailed, QStringLiteral("user/password rejected"));
        return sendSocksConnect();
    }
    case Stage::SocksConnect: {
        if (m_buffer.size() < 2)
            return;
        const auto reply = quint8(m_buffer.at(1));
        static const char *const names[] = {
            "succeeded",           "general failure",       "not allowed by ruleset",
            "network unreachable", "host unreachable",      "connection refused",
            "TTL expired",         "command not supported", "address type not supported"};
        const QString detail =
            QStringLiteral("SOCKS5 reply %1 (%2)").arg(reply).arg(QLatin1String(reply < 9 ? names[reply] : "unknown"));
        if (quint8(m_buffer.at(0)) != 5)
            return finish(ProxyCheck::Outcome::NotAProxy, detail);
        if (reply == 0)
            return finish(ProxyCheck::Outcome::Ok, detail);
        if (reply == 2)
            return finish(ProxyCheck::Outcome::Forbidden, detail);
        return finish(ProxyCheck::Outcome::TargetUnreachable, detail);
    }
    case Stage::Connecting:
    case Stage::Finished:
        return;
    }
}

void ProxyTester::onError(QAbstractSocket::SocketError error)
{
    if (m_stage == Stage::Finished)
        return;
    const QString detail = m_socket ? m_socket->errorString() : QString();
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return finish(ProxyCheck::Outcome::Refused, detail);
    case QAbstractSocket::HostNotFoundError:
        return finish(ProxyCheck::Outcome::HostNotFound, detail);
    case QAbstractSocket::SocketTimeoutError:
        return finish(ProxyCheck::Outcome::Timeout, detail);
    case QAbstractSocket::RemoteHostClosedError:
        // tinyproxy and dante close at once when the target is out of reach after a request.
        return finish(m_stage == Stage::Connecting ? ProxyCheck::Outcome::Refused
                      : m_stage == Stage::HttpReply || m_stage == Stage::SocksConnect
                          ? ProxyCheck::Outcome::TargetUnreachable
                          : ProxyCheck::Outcome::NotAProxy,
                      detail);
    default:
        return finish(ProxyCheck::Outcome::Refused, detail);
    }
}

void ProxyTester::onTimeout()
{
    if (m_stage == Stage::Finished)
        return;
    finish(ProxyCheck::Outcome::Timeout, m_stage == Stage::Connecting
                                             ? QStringLiteral("no connection to the proxy in time")
                                             : QStringLiteral("the proxy did not answer in time"));
}

void ProxyTester::finish(ProxyCheck::Outcome outcome, const QString &detail)
{
    if (m_stage == Stage::Finished)
        return;
    m_stage = Stage::Finished;
    m_timer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    qCInfo(lcSetup) << "proxy test" << m_proxy.type << m_proxy.host << m_proxy.port << "->" << outcomeName(outcome)
                    << detail;
    Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(ProxyCheck{outcome, detail});
}

} // namespace mente::box
