// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/PowerControl.h"

#include "setup/ProcessLauncher.h"

namespace mente::box {

PowerControl::PowerControl(ProcessLauncher &launcher, QString poweroffCommand, QString rebootCommand)
    : m_launcher(launcher), m_poweroff(std::move(poweroffCommand)), m_reboot(std::move(rebootCommand))
{}

QString PowerControl::actionName(Action action)
{
    return action == Action::PowerOff ? QStringLiteral("poweroff") : QStringLiteral("reboot");
}

Status PowerControl::run(Action action)
{
    return m_launcher.startDetached(action == Action::PowerOff ? m_poweroff : m_reboot);
}

} // namespace mente::box
