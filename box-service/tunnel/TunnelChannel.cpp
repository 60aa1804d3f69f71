// SPDX-License-Identifier: GPL-3.0-or-later
#include "tunnel/TunnelChannel.h"

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace mente::box {

namespace {
constexpr int kChunk = 32 * 1024;

bool wouldBlock()
{
    return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
}
} // namespace

TunnelChannel::TunnelChannel(int number, ssh_channel channel, int socket, QString host, int port, qsizetype bufferBytes)
    : m_number(number)
    , m_channel(channel)
    , m_socket(socket)
    , m_host(std::move(host))
    , m_port(port)
    , m_bufferBytes(bufferBytes)
{
    m_since.start();
}

TunnelChannel::~TunnelChannel()
{
    close();
}

void TunnelChannel::finish(const QString &reason)
{
    if (!m_finished) {
        m_finished = true;
        m_endReason = reason;
    }
}

void TunnelChannel::close(const QString &reason)
{
    finish(reason);
    if (m_channel) {
        if (ssh_channel_is_open(m_channel))
            ssh_channel_close(m_channel);
        ssh_channel_free(m_channel);
        m_channel = nullptr;
    }
    if (m_socket >= 0) {
        ::close(m_socket);
        m_socket = -1;
    }
}

bool TunnelChannel::wantsDeviceInput() const
{
    return !m_finished && !m_deviceEof && m_channel && ssh_channel_window_size(m_channel) > 0;
}

bool TunnelChannel::readFromClient()
{
    char buffer[kChunk];
    while (m_toDevice.size() < m_bufferBytes) {
        const auto room = uint32_t(std::min<qsizetype>(kChunk, m_bufferBytes - m_toDevice.size()));
        const int n = ssh_channel_read_nonblocking(m_channel, buffer, room, 0);
        if (n == SSH_ERROR) {
            finish(QStringLiteral("SSH channel error"));
            return false;
        }
        if (n <= 0) // nothing now, or EOF
            break;
        m_toDevice.append(buffer, n);
    }
    return true;
}

bool TunnelChannel::writeToDevice()
{
    while (!m_toDevice.isEmpty()) {
        const ssize_t n =
            ::send(m_socket, m_toDevice.constData(), size_t(m_toDevice.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n < 0) {
            if (wouldBlock())
                return true;
            finish(QStringLiteral("device connection lost: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
            return false;
        }
        m_bytesToDevice += n;
        m_toDevice.remove(0, n);
    }
    if (!m_shutWrite && ssh_channel_is_eof(m_channel)) {
        ::shutdown(m_socket, SHUT_WR);
        m_shutWrite = true;
    }
    return true;
}

bool TunnelChannel::readFromDevice()
{
    char buffer[kChunk];
    while (!m_deviceEof) {
        const uint32_t window = ssh_channel_window_size(m_channel);
        if (window == 0)
            return true;
        const ssize_t n = ::recv(m_socket, buffer, std::min<size_t>(kChunk, window), MSG_DONTWAIT);
        if (n < 0) {
            if (wouldBlock())
                return true;
            finish(QStringLiteral("device connection lost: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
            return false;
        }
        if (n == 0) {
            m_deviceEof = true;
            ssh_channel_send_eof(m_channel);
            return true;
        }
        if (ssh_channel_write(m_channel, buffer, uint32_t(n)) == SSH_ERROR) {
            finish(QStringLiteral("SSH channel error"));
            return false;
        }
        m_bytesFromDevice += n;
    }
    return true;
}

bool TunnelChannel::pump()
{
    if (m_finished || !m_channel)
        return false;
    if (ssh_channel_is_closed(m_channel)) {
        finish(QStringLiteral("closed by the client"));
        return false;
    }
    if (!readFromClient() || !writeToDevice() || !readFromDevice())
        return false;
    if (m_deviceEof && m_shutWrite && m_toDevice.isEmpty()) {
        finish(QStringLiteral("closed by both sides"));
        return false;
    }
    if (m_deviceEof && ssh_channel_is_eof(m_channel) && m_toDevice.isEmpty()) {
        finish(QStringLiteral("closed by both sides"));
        return false;
    }
    return true;
}

} // namespace mente::box
