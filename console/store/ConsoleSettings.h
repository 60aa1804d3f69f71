// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/LinkTimings.h"

#include <QSettings>
#include <QString>

namespace mente::console {

// The console's own preferences (never a secret): language, fault limit, window behaviour.
class ConsoleSettings
{
public:
    explicit ConsoleSettings(const QString &iniPath = {}); // empty: the platform's usual place

    QString language() const; // "ja", "en" or "" (follow the system)
    void setLanguage(const QString &language);
    int faultAfterS() const;
    void setFaultAfterS(int seconds);
    bool keepRunningInTray() const;
    void setKeepRunningInTray(bool keep);
    int defaultMuteMinutes() const;
    void setDefaultMuteMinutes(int minutes);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    LinkTimings timings() const;
    void setTimings(const LinkTimings &timings); // tests: short intervals
    QString databasePath() const;
    void setDatabasePath(const QString &path);

    QSettings &raw() const { return m_settings; } // for the launch settings (launch/LaunchSettings)

private:
    mutable QSettings m_settings;
};

} // namespace mente::console
