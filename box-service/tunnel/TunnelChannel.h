// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>

#include <libssh/libssh.h>

namespace mente::box {

// One forwarded channel: an SSH direct-tcpip channel and the TCP socket to the device, pumped
// both ways without blocking. Towards the device at most `bufferBytes` wait; beyond that the
// channel is not read, so libssh stops widening the client's window (back-pressure). Towards
// the client no more is read from the device than the client's window takes. Lives on the
// connection's worker thread.
class TunnelChannel
{
public:
    TunnelChannel(int number, ssh_channel channel, int socket, QString host, int port, qsizetype bufferBytes);
    ~TunnelChannel();
    TunnelChannel(const TunnelChannel &) = delete;
    TunnelChannel &operator=(const TunnelChannel &) = delete;

    // Moves what can move now; false once the channel is finished (both sides closed or an error).
    bool pump();
    // Whether the device socket should wake the poll: it may be read now.
    bool wantsDeviceInput() const;
    bool hasPendingOutput() const { return !m_toDevice.isEmpty(); }
    // Ends the channel and the socket (idempotent); the reason is kept unless one is set already.
    void close(const QString &reason = QStringLiteral("closed by the box"));

    int number() const { return m_number; }
    int socket() const { return m_socket; }
    const QString &host() const { return m_host; }
    int port() const { return m_port; }
    qint64 bytesToDevice() const { return m_bytesToDevice; }
    qint64 bytesFromDevice() const { return m_bytesFromDevice; }
    qint64 elapsedMs() const { return m_since.elapsed(); }
    const QString &endReason() const { return m_endReason; }

private:
    bool readFromClient();
    bool writeToDevice();
    bool readFromDevice();
    void finish(const QString &reason);

    int m_number;
    ssh_channel m_channel;
    int m_socket;
    QString m_host;
    int m_port;
    qsizetype m_bufferBytes;
    QByteArray m_toDevice;
    QElapsedTimer m_since;
    qint64 m_bytesToDevice = 0;
    qint64 m_bytesFromDevice = 0;
    bool m_deviceEof = false; // the device closed its side; EOF sent to the client
    bool m_shutWrite = false; // the client's EOF passed on to the device
    bool m_finished = false;
    QString m_endReason;
};

} // namespace mente::box
