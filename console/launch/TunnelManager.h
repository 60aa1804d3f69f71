// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "launch/LaunchSettings.h"
#include "launch/TunnelEndpoint.h"
#include "shared/Result.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace mente::console {

class BoxClient;
class ConsoleSshKey;
class SshTunnel;

// Path (b): one SshTunnel per box, shared by every session to that box's devices. A session
// gets a local port (a forward); when its program has ended and nothing uses the port any more
// the forward closes, and with the last forward the SSH connection.
class TunnelManager : public QObject
{
    Q_OBJECT
public:
    struct Lease
    {
        qint64 boxId = 0;
        int forward = 0;
        quint16 localPort = 0;
    };
    using Opened = std::function<void(const Result<Lease> &)>;

    TunnelManager(ConsoleSshKey *key, LaunchSettings settings, TunnelTimings timings, QObject *parent = nullptr);
    ~TunnelManager() override;

    void open(BoxClient *client, const QString &device, quint16 port, QObject *context, Opened done);
    // The program ended; quick: it handed over to another process (a browser) and the port may still be in use.
    void release(const Lease &lease, bool quick);
    int tunnelCount() const { return int(m_tunnels.size()); }
    SshTunnel *tunnel(qint64 boxId) const { return m_tunnels.value(boxId); }

signals:
    void tunnelMessage(qint64 boxId, const QString &message);

private:
    void withEndpoint(BoxClient *client, QObject *context, std::function<void(const Result<TunnelEndpoint> &)> done);
    void forward(qint64 boxId, const TunnelEndpoint &endpoint, const QString &device, quint16 port, QObject *context,
                 Opened done);
    void closeIfIdle(qint64 boxId, int forward);

    struct ForwardUse
    {
        bool released = false;
        int open = 0;
        int idleMs = 2000;
    };

    ConsoleSshKey *m_key;
    LaunchSettings m_settings;
    TunnelTimings m_timings;
    QHash<qint64, SshTunnel *> m_tunnels;
    QHash<QPair<qint64, int>, ForwardUse> m_uses;
};

} // namespace mente::console
