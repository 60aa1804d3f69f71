// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "launch/TunnelEndpoint.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <libssh/libssh.h>

class QSocketNotifier;
class QTcpServer;
class QTimer;

namespace mente::console {

class ForwardedConnection;

// The SSH side of a tunnel, on its own thread (libssh blocks): one session to the box, a local
// listener on 127.0.0.1 per forward, one direct-tcpip channel per accepted connection. When the
// link drops it closes the local connections it carried, keeps the listeners, and reconnects with
// backoff; connections accepted meanwhile wait for the link.
class TunnelWorker : public QObject
{
    Q_OBJECT
public:
    TunnelWorker(TunnelEndpoint endpoint, TunnelTimings timings);
    ~TunnelWorker() override;

    // Called on the worker's thread (queued from SshTunnel).
    void start();
    void addForward(int id, const QString &targetHost, quint16 targetPort);
    void removeForward(int id);

signals:
    void stateChanged(mente::console::TunnelState state, const QString &detail);
    void forwardListening(int id, quint16 localPort);
    void forwardFailed(int id, const QString &error);
    void connectionsChanged(int id, int open); // open local connections of one forward
    void hostKeySeen(const QString &fingerprint);

private:
    struct Forward
    {
        QTcpServer *server = nullptr;
        QByteArray host;
        quint16 port = 0;
    };

    void connectSession();
    bool authenticate(QString *error, bool *permanent);
    void linkLost(const QString &why);
    void scheduleReconnect();
    void accept(int id);
    void openWaiting();
    void pump();
    void keepAlive();
    void finishConnection(ForwardedConnection *connection);
    void countConnections(int id);
    void closeSession();

    TunnelEndpoint m_endpoint;
    TunnelTimings m_timings;
    ssh_session m_session = nullptr;
    ssh_event m_event = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_pumpTimer;
    QTimer *m_keepAlive;
    QTimer *m_retry;
    int m_retryMs;
    bool m_stopped = false;
    QHash<int, Forward> m_forwards;
    QList<ForwardedConnection *> m_connections;
};

} // namespace mente::console
