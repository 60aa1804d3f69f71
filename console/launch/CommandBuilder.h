// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "launch/LaunchPlan.h"
#include "launch/SessionTarget.h"

#include <QStringList>

namespace mente::console {

// Turns a profile and a target into a LaunchPlan: the template is split into words first and
// each word expanded alone, so an odd user name can never become an extra argument. A word
// whose only content is an empty {user} is left out ("{user}@{host}" becomes "{host}").
class CommandBuilder
{
public:
    struct Tools
    {
        QString program;          // the profile's program, found
        QStringList terminal;     // e.g. {"/usr/bin/xterm", "-e"}; used when the profile wants one
        QString askpassHelper;    // mente-askpass, for PasswordChannel::Askpass
        QString askpassSocket;    // where mente-askpass asks for the secret
        QString passwordFile;     // for PasswordChannel::VncPasswordFile
        bool hasPassword = false; // no stored password: no channel, the program asks itself
    };

    static QStringList expand(const QString &argumentTemplate, const SessionTarget &target);
    static LaunchPlan build(const LaunchProfile &profile, const SessionTarget &target, const Tools &tools);
    // Arguments the channel itself needs (FreeRDP's /from-stdin, TigerVNC's -passwd FILE).
    static QStringList channelArguments(PasswordChannel channel, const QString &passwordFile);
};

} // namespace mente::console
