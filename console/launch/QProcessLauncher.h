// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "launch/ProcessLauncher.h"

namespace mente::console {

// Starts programs as children of the console, with the console's environment plus the plan's.
class QProcessLauncher final : public ProcessLauncher
{
public:
    bool start(const LaunchPlan &plan, const QByteArray &stdinData, QObject *context, Finished finished,
               QString *error) override;
};

} // namespace mente::console
