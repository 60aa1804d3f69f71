// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ConsoleSettings.h"

#include <QDir>
#include <QStandardPaths>

namespace mente::console {

ConsoleSettings::ConsoleSettings(const QString &iniPath)
    : m_settings(iniPath.isEmpty() ? QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Mente"),
                                               QStringLiteral("mente-console"))
                                   : QSettings(iniPath, QSettings::IniFormat))
{}

QString ConsoleSettings::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}
void ConsoleSettings::setLanguage(const QString &language)
{
    m_settings.setValue(QStringLiteral("ui/language"), language);
}

int ConsoleSettings::faultAfterS() const
{
    return std::clamp(m_settings.value(QStringLiteral("fleet/fault_after_s"), 90).toInt(), 1, 86400);
}
void ConsoleSettings::setFaultAfterS(int seconds)
{
    m_settings.setValue(QStringLiteral("fleet/fault_after_s"), seconds);
}

bool ConsoleSettings::keepRunningInTray() const
{
    return m_settings.value(QStringLiteral("ui/keep_in_tray"), true).toBool();
}
void ConsoleSettings::setKeepRunningInTray(bool keep)
{
    m_settings.setValue(QStringLiteral("ui/keep_in_tray"), keep);
}

int ConsoleSettings::defaultMuteMinutes() const
{
    return std::clamp(m_settings.value(QStringLiteral("tray/mute_min"), 60).toInt(), 1, 7 * 24 * 60);
}
void ConsoleSettings::setDefaultMuteMinutes(int minutes)
{
    m_settings.setValue(QStringLiteral("tray/mute_min"), minutes);
}

QByteArray ConsoleSettings::windowState() const
{
    return m_settings.value(QStringLiteral("ui/window")).toByteArray();
}
void ConsoleSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("ui/window"), state);
}

LinkTimings ConsoleSettings::timings() const
{
    LinkTimings t;
    t.faultAfterS = faultAfterS();
    // Hidden keys, for tests and unusual networks.
    t.statusIntervalMs =
        std::max(200, m_settings.value(QStringLiteral("fleet/status_interval_ms"), t.statusIntervalMs).toInt());
    t.pollIntervalMs =
        std::max(200, m_settings.value(QStringLiteral("fleet/poll_interval_ms"), t.pollIntervalMs).toInt());
    t.reachabilityCheckMs =
        std::max(100, m_settings.value(QStringLiteral("fleet/reachability_check_ms"), t.reachabilityCheckMs).toInt());
    return t;
}

void ConsoleSettings::setTimings(const LinkTimings &timings)
{
    setFaultAfterS(timings.faultAfterS);
    m_settings.setValue(QStringLiteral("fleet/status_interval_ms"), timings.statusIntervalMs);
    m_settings.setValue(QStringLiteral("fleet/poll_interval_ms"), timings.pollIntervalMs);
    m_settings.setValue(QStringLiteral("fleet/reachability_check_ms"), timings.reachabilityCheckMs);
}

void ConsoleSettings::setDatabasePath(const QString &path)
{
    m_settings.setValue(QStringLiteral("store/path"), path);
}

QString ConsoleSettings::databasePath() const
{
    const QString configured = m_settings.value(QStringLiteral("store/path")).toString();
    if (!configured.isEmpty())
        return configured;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/console.sqlite");
}

} // namespace mente::console
