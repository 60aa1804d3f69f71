// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <libssh/libssh.h>

namespace mente::console {

// One local TCP connection and the direct-tcpip channel that carries it through the box. Lives on
// the tunnel's worker thread; pump() moves bytes both ways without blocking and honours the
// channel's window and the socket's write buffer, so a slow reader slows the device, not memory.
class ForwardedConnection : public QObject
{
    Q_OBJECT
public:
    ForwardedConnection(int forwardId, QTcpSocket *socket, QObject *parent);
    ~ForwardedConnection() override;

    int forwardId() const { return m_forwardId; }
    bool hasChannel() const { return m_channel != nullptr; }
    qint64 waitedMs() const { return m_waiting.elapsed(); }

    // Opens the channel to target on session (blocking for one round trip). False: refused.
    bool open(ssh_session session, const QByteArray &targetHost, quint16 targetPort, QString *error);
    // Moves what is ready. False when this connection is over (either side closed or failed).
    bool pump();
    void dropChannel();  // the SSH link is gone: the channel died with it
    void closeChannel(); // done: close and free the channel now, while its session still lives
    void abort();        // close the local side at once

signals:
    void finished(ForwardedConnection *self);

private:
    bool toChannel();
    bool fromChannel();

    int m_forwardId;
    QPointer<QTcpSocket> m_socket;
    ssh_channel m_channel = nullptr;
    QByteArray m_outgoing; // read from the socket, not yet accepted by the channel
    bool m_localClosed = false;
    bool m_eofSent = false;
    QElapsedTimer m_waiting;
};

} // namespace mente::console
