// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "launch/LaunchProfile.h"

#include <QCoreApplication>
#include <QList>

namespace mente::console {

enum class HostPlatform { Linux, Windows };

// The programs the console uses out of the box (issue F12 §1), and where they usually live.
class DefaultProfiles
{
    Q_DECLARE_TR_FUNCTIONS(DefaultProfiles)
public:
    static HostPlatform current();
    static QStringList protocols(); // SSH, TELNET, RDP, VNC, HTTP, HTTPS
    static QList<LaunchProfile> forPlatform(HostPlatform platform);
    static LaunchProfile forProtocol(const QString &protocol, HostPlatform platform);
    // Other programs for the same protocol, tried in order when the default one is not installed.
    static QList<LaunchProfile> alternatives(const QString &protocol, HostPlatform platform);
    // Folders searched besides PATH (Program Files and the like).
    static QStringList installFolders(HostPlatform platform);
};

} // namespace mente::console
