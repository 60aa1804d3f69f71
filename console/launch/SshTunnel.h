// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "launch/TunnelEndpoint.h"

#include <QObject>
#include <QString>

class QThread;

namespace mente::console {

class TunnelWorker;

// One SSH connection to a box carrying any number of forwards (127.0.0.1:free port → device:port),
// run by a TunnelWorker on its own thread. Everything here is called and signalled on the thread
// that made the tunnel.
class SshTunnel : public QObject
{
    Q_OBJECT
public:
    SshTunnel(TunnelEndpoint endpoint, TunnelTimings timings, QObject *parent = nullptr);
    ~SshTunnel() override;

    // Returns the forward's id; forwardListening(id, port) or forwardFailed(id, …) follows.
    int openForward(const QString &targetHost, quint16 targetPort);
    void closeForward(int id);
    int forwardCount() const { return m_forwards; }

    TunnelState state() const { return m_state; }
    QString detail() const { return m_detail; }
    int connects() const { return m_connects; } // how many times the link came up

signals:
    void stateChanged(mente::console::TunnelState state, const QString &detail);
    void forwardListening(int id, quint16 localPort);
    void forwardFailed(int id, const QString &error);
    void connectionsChanged(int id, int open);
    void hostKeySeen(const QString &fingerprint);

private:
    QThread *m_thread;
    TunnelWorker *m_worker;
    TunnelState m_state = TunnelState::Connecting;
    QString m_detail;
    int m_nextId = 1;
    int m_forwards = 0;
    int m_connects = 0;
};

} // namespace mente::console
