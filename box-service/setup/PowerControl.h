// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QString>

namespace mente::box {

class ProcessLauncher;

// Shuts the box down or restarts it (seed §5 "ITBOX 終了") with the configured commands
// ([setup] poweroff_cmd, reboot_cmd).
class PowerControl
{
public:
    enum class Action { PowerOff, Reboot };

    PowerControl(ProcessLauncher &launcher, QString poweroffCommand, QString rebootCommand);

    Status run(Action action);
    static QString actionName(Action action);

private:
    ProcessLauncher &m_launcher;
    QString m_poweroff;
    QString m_reboot;
};

} // namespace mente::box
