// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/LaunchSettings.h"

#include "store/ConsoleSettings.h"
#include "launch/DefaultProfiles.h"

namespace mente::console {

QString sessionPathName(SessionPath path)
{
    switch (path) {
    case SessionPath::Vpn: return QStringLiteral("vpn");
    case SessionPath::Tunnel: return QStringLiteral("tunnel");
    case SessionPath::Auto: break;
    }
    return QStringLiteral("auto");
}

SessionPath sessionPathFromName(const QString &name, bool *ok)
{
    if (ok)
        *ok = true;
    if (name == QLatin1String("vpn"))
        return SessionPath::Vpn;
    if (name == QLatin1String("tunnel"))
        return SessionPath::Tunnel;
    if (ok && name != QLatin1String("auto") && !name.isEmpty())
        *ok = false;
    return SessionPath::Auto;
}

LaunchSettings::LaunchSettings(ConsoleSettings *settings) : m_settings(settings) {}

LaunchProfile LaunchSettings::profile(const QString &protocol) const
{
    const LaunchProfile fallback = DefaultProfiles::forProtocol(protocol.toUpper(), DefaultProfiles::current());
    QSettings &s = m_settings->raw();
    s.beginGroup(QStringLiteral("launch/") + protocol.toUpper());
    const LaunchProfile p = LaunchProfile::load(s, fallback);
    s.endGroup();
    return p;
}

void LaunchSettings::setProfile(const LaunchProfile &profile)
{
    QSettings &s = m_settings->raw();
    s.beginGroup(QStringLiteral("launch/") + profile.protocol.toUpper());
    profile.save(s);
    s.endGroup();
}

void LaunchSettings::resetProfile(const QString &protocol)
{
    m_settings->raw().remove(QStringLiteral("launch/") + protocol.toUpper());
}

QString LaunchSettings::vpnAdapter() const
{
    return m_settings->raw().value(QStringLiteral("vpn/adapter")).toString();
}

void LaunchSettings::setVpnAdapter(const QString &name)
{
    m_settings->raw().setValue(QStringLiteral("vpn/adapter"), name.trimmed());
}

SessionPath LaunchSettings::path(qint64 boxId) const
{
    return sessionPathFromName(m_settings->raw().value(QStringLiteral("sessions/box-%1/path").arg(boxId)).toString());
}

void LaunchSettings::setPath(qint64 boxId, SessionPath path)
{
    m_settings->raw().setValue(QStringLiteral("sessions/box-%1/path").arg(boxId), sessionPathName(path));
}

QString LaunchSettings::sshHostKey(qint64 boxId) const
{
    return m_settings->raw().value(QStringLiteral("sessions/box-%1/ssh_host_key").arg(boxId)).toString();
}

void LaunchSettings::setSshHostKey(qint64 boxId, const QString &fingerprint)
{
    m_settings->raw().setValue(QStringLiteral("sessions/box-%1/ssh_host_key").arg(boxId), fingerprint);
}

} // namespace mente::console
