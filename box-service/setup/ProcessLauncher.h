// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QStringList>

namespace mente::box {

// Runs the commands of the setup page (networkctl reload, systemctl poweroff, ip …). Injected,
// so tests can watch what would run without switching anything off.
class ProcessLauncher
{
public:
    virtual ~ProcessLauncher() = default;
    // Runs a command line to its end; an error names it with its output when it fails.
    virtual Status run(const QString &commandLine, int timeoutMs) = 0;
    // Runs a command line and returns what it printed on stdout.
    virtual Result<QString> capture(const QStringList &argv, int timeoutMs) = 0;
    // Starts a command line and does not wait (power off: the box may be gone before it returns).
    virtual Status startDetached(const QString &commandLine) = 0;
};

// The real thing: QProcess, the command line split like a shell would (QProcess::splitCommand).
class SystemProcessLauncher : public ProcessLauncher
{
public:
    Status run(const QString &commandLine, int timeoutMs) override;
    Result<QString> capture(const QStringList &argv, int timeoutMs) override;
    Status startDetached(const QString &commandLine) override;
};

} // namespace mente::box
