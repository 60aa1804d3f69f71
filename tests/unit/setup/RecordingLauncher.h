// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setup/ProcessLauncher.h"

namespace mente::box {

// Runs nothing; remembers the command lines (a collaborator, not the thing under test).
class RecordingLauncher : public ProcessLauncher
{
public:
    Status run(const QString &commandLine, int) override
    {
        commands << commandLine;
        if (fail)
            return Error{QStringLiteral("command_failed"), QStringLiteral("reload failed"), {}};
        return success();
    }
    Result<QString> capture(const QStringList &argv, int) override
    {
        commands << argv.join(QLatin1Char(' '));
        return QString();
    }
    Status startDetached(const QString &commandLine) override
    {
        commands << commandLine;
        return success();
    }
    QStringList commands;
    bool fail = false;
};

} // namespace mente::box
