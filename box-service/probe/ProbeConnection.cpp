// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/ProbeConnection.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

namespace mente::box {

ProbeConnection::ProbeConnection(QHostAddress host, quint16 port, Transport transport, QByteArray request,
                                 Parser parser, int maxBytes, QObject *parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_port(port)
    , m_transport(transport)
    , m_request(std::move(request))
    , m_parser(std::move(parser))
    , m_maxBytes(maxBytes)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { finish(m_verdict); });
}

ProbeConnection::~ProbeConnection()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void ProbeConnection::start(int deadlineMs)
{
    m_deadline.start(deadlineMs);
    if (m_transport == Transport::Tls) {
        auto *tls = new QSslSocket;
        m_socket.reset(tls);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setPeerVerifyMode(QSslSocket::VerifyNone); // any certificate: we only ask "is it TLS?"
        config.setProtocol(QSsl::AnyProtocol);
        tls->setSslConfiguration(config);
        connect(tls, &QSslSocket::encrypted, this, &ProbeConnection::onReady);
        connect(tls, &QSslSocket::sslErrors, this, [tls](const QList<QSslError> &) { tls->ignoreSslErrors(); });
    } else {
        m_socket = std::make_unique<QTcpSocket>();
        connect(m_socket.get(), &QTcpSocket::connected, this, &ProbeConnection::onReady);
    }
    m_socket->setReadBufferSize(m_maxBytes);
    connect(m_socket.get(), &QTcpSocket::readyRead, this, &ProbeConnection::onData);
    connect(m_socket.get(), &QTcpSocket::disconnected, this, [this] { finish(m_verdict); });
    connect(m_socket.get(), &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        onData(); // keep what came before the peer closed
        finish(m_verdict);
    });
    if (m_transport == Transport::Tls)
        static_cast<QSslSocket *>(m_socket.get())->connectToHostEncrypted(m_host.toString(), m_port);
    else
        m_socket->connectToHost(m_host, m_port);
}

void ProbeConnection::onReady()
{
    m_connected = true;
    if (!m_request.isEmpty())
        m_socket->write(m_request);
}

void ProbeConnection::onData()
{
    if (m_done || !m_socket)
        return;
    const qint64 room = m_maxBytes - m_received.size();
    if (room > 0)
        m_received += m_socket->read(room);
    if (m_received.isEmpty())
        return;
    m_verdict = m_parser(m_received);
    if (m_verdict != ProbeVerdict::NeedMore || m_received.size() >= m_maxBytes)
        finish(m_verdict);
}

void ProbeConnection::finish(ProbeVerdict verdict)
{
    if (m_done)
        return;
    m_done = true;
    m_verdict = verdict;
    m_deadline.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    Q_EMIT done();
}

} // namespace mente::box
