// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setup/SetupEnv.h"

#include <QCoreApplication>

namespace mente::box {

// "/power" (seed §5 steps 12–15): shut down or restart the box, after a confirm step.
class PowerPage : public SetupPageHandler
{
public:
    explicit PowerPage(SetupEnv &env) : m_env(env) {}
    void handle(const SetupRequest &request, const Respond &respond) override;

private:
    SetupEnv &m_env;
};

} // namespace mente::box
