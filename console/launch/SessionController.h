// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "launch/LaunchSettings.h"
#include "launch/SessionLauncher.h"
#include "platform/NetworkSnapshot.h"

#include <QObject>

#include <functional>
#include <optional>

namespace mente::console {

class BoxClient;
class SecretVault;
class TunnelManager;

// From a port row to a running session (F12): the profile for the port's protocol, the device
// login from the vault, the path (VPN when the adapter is usable, else the SSH tunnel, unless the
// operator chose), then the program. The port row, the tray's Connect and --open all come here.
class SessionController : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        BoxClient *client = nullptr;
        qint64 deviceId = 0;
        QString deviceIp;
        QString user;       // the device's access user
        QString accessPath; // path of the device's access URL (HTTP/HTTPS)
        QString protocol;
        quint16 port = 0;
        std::optional<SessionPath> via; // per session; else the box's setting
        bool printOnly = false;         // --print-command: say what would run, start nothing
    };
    struct Outcome
    {
        bool ok = false;
        QString error;
        QString notice;
        QString command; // the command line (never a secret in it)
        SessionPath path = SessionPath::Auto;
    };
    using Done = std::function<void(const Outcome &)>;
    using SnapshotReader = std::function<platform::NetworkSnapshot()>;

    SessionController(LaunchSettings settings, SecretVault *vault, SessionLauncher *launcher, TunnelManager *tunnels,
                      QObject *parent = nullptr);

    void setSnapshotReader(SnapshotReader reader) { m_snapshot = std::move(reader); }
    platform::NetworkSnapshot snapshot() const { return m_snapshot(); }
    // Which path a session to this device takes now.
    SessionPath choosePath(qint64 boxId, const QString &deviceIp, std::optional<SessionPath> via) const;
    void open(const Request &request, QObject *context, Done done);

signals:
    void sessionMessage(const QString &message); // for the status line / tray

private:
    Outcome report(SessionPath path, const SessionLauncher::Outcome &started); // and tells the notice
    void launchWith(const Request &request, SessionPath path, const std::optional<QString> &password, QObject *context,
                    Done done);

    LaunchSettings m_settings;
    SecretVault *m_vault;
    SessionLauncher *m_launcher;
    TunnelManager *m_tunnels;
    SnapshotReader m_snapshot;
};

} // namespace mente::console
