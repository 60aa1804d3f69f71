// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "launch/LaunchProfile.h"

#include <QString>

namespace mente::console {

class ConsoleSettings;

// How sessions reach a device (F12 §3–4): through the VPN adapter, an SSH tunnel via the box, or
// whichever works (the VPN when it is usable).
enum class SessionPath { Auto, Vpn, Tunnel };
QString sessionPathName(SessionPath path);
SessionPath sessionPathFromName(const QString &name, bool *ok = nullptr);

// The remote-session part of the console's settings: profiles, the VPN adapter's name, the
// path per box and the box's SSH host key pinned at first contact (not secrets).
class LaunchSettings
{
public:
    explicit LaunchSettings(ConsoleSettings *settings);

    LaunchProfile profile(const QString &protocol) const; // the platform default unless edited
    void setProfile(const LaunchProfile &profile);
    void resetProfile(const QString &protocol);

    QString vpnAdapter() const; // empty: the SoftEther/PacketiX client's default names
    void setVpnAdapter(const QString &name);

    SessionPath path(qint64 boxId) const;
    void setPath(qint64 boxId, SessionPath path);

    QString sshHostKey(qint64 boxId) const;
    void setSshHostKey(qint64 boxId, const QString &fingerprint);

private:
    ConsoleSettings *m_settings;
};

} // namespace mente::console
