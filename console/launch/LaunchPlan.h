// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "launch/LaunchProfile.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace mente::console {

// What will be started: a program, its arguments, variables added to the environment and the
// channel the password goes through. Never holds the password itself.
struct LaunchPlan
{
    QString program; // full path
    QStringList arguments;
    QMap<QString, QString> environment; // added to the console's own
    PasswordChannel channel = PasswordChannel::None;
    QString passwordFile; // for VncPasswordFile: where the viewer reads it (set by the launcher)

    // A shell-like rendering for --print-command and logs.
    QString commandLine() const;
};

} // namespace mente::console
