// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/ForwardedConnection.h"

#include <QLoggingCategory>

namespace mente::console {

Q_LOGGING_CATEGORY(lcForward, "mente.console.tunnel.forward")

namespace {
constexpr qint64 SocketBacklog = 512 * 1024; // stop reading the channel while this much waits for the socket
constexpr int Chunk = 32 * 1024;
} // namespace

ForwardedConnection::ForwardedConnection(int forwardId, QTcpSocket *socket, QObject *parent)
    : QObject(parent), m_forwardId(forwardId), m_socket(socket)
{
    socket->setParent(this);
    socket->setReadBufferSize(SocketBacklog);
    m_waiting.start();
    connect(socket, &QTcpSocket::disconnected, this, [this]() { m_localClosed = true; });
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) { m_localClosed = true; });
}

ForwardedConnection::~ForwardedConnection()
{
    closeChannel();
}

void ForwardedConnection::closeChannel()
{
    if (m_channel) {
        ssh_channel_close(m_channel);
        ssh_channel_free(m_channel);
        m_channel = nullptr;
    }
}

bool ForwardedConnection::open(ssh_session session, const QByteArray &targetHost, quint16 targetPort, QString *error)
{
    m_channel = ssh_channel_new(session);
    if (!m_channel) {
        *error = QString::fromUtf8(ssh_get_error(session));
        return false;
    }
    const quint16 localPort = m_socket ? m_socket->peerPort() : 0;
    ssh_set_blocking(session, 1);
    const int rc = ssh_channel_open_forward(m_channel, targetHost.constData(), targetPort, "127.0.0.1", localPort);
    ssh_set_blocking(session, 0);
    if (rc != SSH_OK) {
        *error = QString::fromUtf8(ssh_get_error(session));
        ssh_channel_free(m_channel);
        m_channel = nullptr;
        return false;
    }
    return true;
}

bool ForwardedConnection::toChannel()
{
    if (m_socket && m_outgoing.size() < Chunk)
        m_outgoing += m_socket->read(Chunk - m_outgoing.size());
    while (!m_outgoing.isEmpty()) {
        const uint32_t window = ssh_channel_window_size(m_channel);
        if (window == 0)
            break;
        const uint32_t n = std::min<uint32_t>(window, uint32_t(m_outgoing.size()));
        const int written = ssh_channel_write(m_channel, m_outgoing.constData(), n);
        if (written == SSH_ERROR)
            return false;
        if (written <= 0)
            break;
        m_outgoing.remove(0, written);
        if (m_socket && m_outgoing.size() < Chunk)
            m_outgoing += m_socket->read(Chunk - m_outgoing.size());
    }
    if (m_localClosed && m_outgoing.isEmpty() && (!m_socket || m_socket->bytesAvailable() == 0) && !m_eofSent) {
        ssh_channel_send_eof(m_channel);
        m_eofSent = true;
    }
    return true;
}

bool ForwardedConnection::fromChannel()
{
    char buffer[Chunk];
    while (m_socket && m_socket->state() == QAbstractSocket::ConnectedState
           && m_socket->bytesToWrite() < SocketBacklog) {
        const int n = ssh_channel_read_nonblocking(m_channel, buffer, sizeof buffer, 0);
        if (n == SSH_ERROR)
            return false;
        if (n <= 0)
            break;
        m_socket->write(buffer, n);
    }
    return true;
}

bool ForwardedConnection::pump()
{
    if (!m_channel)
        return !m_localClosed;
    if (!toChannel() || !fromChannel()) {
        qCDebug(lcForward) << "channel failed for forward" << m_forwardId;
        return false;
    }
    const bool remoteDone = ssh_channel_is_eof(m_channel) || ssh_channel_is_closed(m_channel);
    if (remoteDone && ssh_channel_poll(m_channel, 0) <= 0) {
        if (m_socket && m_socket->bytesToWrite() > 0)
            return true; // let the last bytes reach the program first
        if (m_socket)
            m_socket->disconnectFromHost();
        return false;
    }
    // The program closed its side (QTcpSocket has no half-close): the EOF went out, the channel closes.
    return !(m_localClosed && m_eofSent);
}

void ForwardedConnection::dropChannel()
{
    m_channel = nullptr; // freed with the dead session by ssh_free()
}

void ForwardedConnection::abort()
{
    if (m_socket)
        m_socket->abort();
    m_localClosed = true;
}

} // namespace mente::console
