// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/TunnelKeyDirectory.h"
#include "tunnel/TunnelReport.h"
#include "tunnel/TunnelSettings.h"
#include "tunnel/TunnelTargets.h"

#include <QElapsedTimer>

#include <atomic>
#include <functional>
#include <libssh/callbacks.h>
#include <libssh/libssh.h>
#include <libssh/server.h>
#include <memory>
#include <vector>

namespace mente::box {

class TunnelChannel;

// One SSH client of the tunnel endpoint, run start to end by run() on its own worker thread
// (libssh blocks; nothing here touches Qt's event loop). Key exchange, public-key login as
// the tunnel user with a key of an enabled operator, then only direct-tcpip channels to the
// LAN: sessions (shell, exec, subsystem), remote forwarding, agent and X11 are refused. What
// happens is told through `report`, which must be safe to call from this thread.
class SshConnection
{
public:
    using Report = std::function<void(const TunnelReport &)>;

    struct Shared
    {
        TunnelSettings settings;
        TunnelTargets targets;
        QString databasePath;
        const std::atomic<bool> *stop = nullptr;
        std::atomic<int> *channelsOpen = nullptr; // all connections together
    };

    // Takes the accepted session (ssh_bind_accept_fd done).
    SshConnection(ssh_session session, QString client, Shared shared, Report report);
    ~SshConnection();
    SshConnection(const SshConnection &) = delete;
    SshConnection &operator=(const SshConnection &) = delete;

    void run();

private:
    static int onAuthPublicKey(ssh_session session, const char *user, ssh_key key, char state, void *self);
    static int onMessage(ssh_session session, ssh_message message, void *self);
    static int onDeviceReadable(socket_t fd, int revents, void *self);

    bool exchangeKeys();
    void serve();
    int handleMessage(ssh_message message);
    int openForward(ssh_message message);
    void refuse(const QString &host, int port, const QString &reason);
    int connectTo(const QString &host, int port, QString *error) const;
    void pumpChannels();
    void syncPoll(TunnelChannel &channel);
    void closeChannel(std::vector<std::unique_ptr<TunnelChannel>>::iterator it);
    TunnelReport reportFor(TunnelReport::Kind kind) const;

    ssh_session m_session;
    QString m_client;
    Shared m_shared;
    Report m_report;
    std::unique_ptr<TunnelKeyDirectory> m_keys;
    ssh_event m_event = nullptr;
    ssh_server_callbacks_struct m_callbacks{};
    QElapsedTimer m_since;
    QElapsedTimer m_recheck; // since the key was last checked
    QString m_endReason = QStringLiteral("the SSH connection ended");
    std::optional<TunnelIdentity> m_identity;
    bool m_authenticated = false;
    bool m_triedLogin = false;
    int m_authAttempts = 0;
    int m_nextChannel = 1;
    std::vector<std::unique_ptr<TunnelChannel>> m_channels;
    std::vector<int> m_polled; // device sockets registered with m_event
};

} // namespace mente::box
