// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "launch/LaunchPlan.h"

#include <QByteArray>
#include <QObject>

#include <functional>

namespace mente::console {

// Starts a LaunchPlan's program. Injected so that tests can record what would run; the real
// one (QProcessLauncher) starts it with QProcess.
class ProcessLauncher
{
public:
    using Finished = std::function<void(int exitCode)>;
    virtual ~ProcessLauncher() = default;
    // stdinData is written to the program's standard input and the input closed (FreeRDP).
    // finished runs on context's thread when the program ends. False: error says why.
    virtual bool start(const LaunchPlan &plan, const QByteArray &stdinData, QObject *context, Finished finished,
                       QString *error) = 0;
};

} // namespace mente::console
