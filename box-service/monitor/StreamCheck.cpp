// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/StreamCheck.h"

#include <QNetworkProxy>
#include <QSslSocket>
#include <QTimer>

namespace mente::box {

StreamCheck::StreamCheck(CheckTarget target, ServiceProbe probe, bool refusedIsUp, QObject *parent)
    : Check(std::move(target), parent), m_probe(std::move(probe)), m_refusedIsUp(refusedIsUp)
{}

StreamCheck::~StreamCheck()
{
    if (m_socket)
        m_socket->abort();
}

void StreamCheck::start()
{
    m_elapsed.start();
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &StreamCheck::onTimeout);
    m_timer->start(m_target.timeoutMs);

    if (m_probe.tls()) {
        auto *ssl = new QSslSocket(this);
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
        connect(ssl, &QSslSocket::sslErrors, ssl, [ssl](const QList<QSslError> &) { ssl->ignoreSslErrors(); });
        connect(ssl, &QSslSocket::encrypted, this, [this] {
            m_ready = true;
            m_socket->write(m_probe.greeting(m_target.ip));
        });
        m_socket = ssl;
    } else {
        m_socket = new QTcpSocket(this);
    }
    m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket, &QTcpSocket::connected, this, &StreamCheck::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &StreamCheck::onData);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &StreamCheck::onError);
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket))
        ssl->connectToHostEncrypted(m_target.ip, quint16(m_target.port));
    else
        m_socket->connectToHost(m_target.ip, quint16(m_target.port));
}

void StreamCheck::onConnected()
{
    m_connected = true;
    if (m_probe.upOnConnect()) {
        conclude(true, {});
        return;
    }
    if (m_probe.tls())
        return; // the greeting goes out once TLS is up
    m_ready = true;
    const QByteArray greeting = m_probe.greeting(m_target.ip);
    if (!greeting.isEmpty())
        m_socket->write(greeting);
}

void StreamCheck::onData()
{
    if (done())
        return;
    m_received += m_socket->read(8192 - m_received.size());
    QString cause;
    switch (m_probe.judge(m_received, cause)) {
    case ServiceProbe::Verdict::Up: conclude(true, {}); break;
    case ServiceProbe::Verdict::Down: conclude(false, cause); break;
    case ServiceProbe::Verdict::NeedMore:
        if (m_received.size() >= 8192)
            conclude(false, QStringLiteral("bad banner"));
        break;
    }
}

void StreamCheck::onError()
{
    if (done())
        return;
    switch (m_socket->error()) {
    case QAbstractSocket::ConnectionRefusedError:
        conclude(m_refusedIsUp, m_refusedIsUp ? QString() : QStringLiteral("refused"));
        break;
    case QAbstractSocket::RemoteHostClosedError:
        if (m_socket->bytesAvailable() > 0)
            onData();
        if (!done())
            conclude(false,
                     m_ready || !m_probe.tls() ? QStringLiteral("closed by peer") : QStringLiteral("tls failed"));
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError: conclude(false, QStringLiteral("tls failed")); break;
    case QAbstractSocket::HostNotFoundError:
    case QAbstractSocket::NetworkError: conclude(false, QStringLiteral("unreachable")); break;
    case QAbstractSocket::SocketTimeoutError: conclude(false, QStringLiteral("timeout")); break;
    default: conclude(false, m_socket->errorString().left(120)); break;
    }
}

void StreamCheck::onTimeout()
{
    if (!m_connected)
        conclude(false, QStringLiteral("timeout"));
    else if (!m_ready)
        conclude(false, QStringLiteral("tls timeout"));
    else
        conclude(false, m_probe.silentCause());
}

void StreamCheck::conclude(bool up, const QString &cause)
{
    if (done())
        return;
    m_timer->stop();
    CheckResult r;
    r.up = up;
    r.cause = cause;
    r.method =
        m_probe.method() == QLatin1String("tcp") ? QStringLiteral("tcp:%1").arg(m_target.port) : m_probe.method();
    r.latencyMs = up ? int(m_elapsed.elapsed()) : -1;
    m_socket->abort();
    finish(r);
}

} // namespace mente::box
