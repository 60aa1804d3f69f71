// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setup/NetworkSettings.h"
#include "setup/SetupEnv.h"

#include <QCoreApplication>

namespace mente::box {

// "/network" (seed §4–5): DHCP or a static address, input → confirm → apply → confirm from the
// new address within the time limit, else the previous settings come back (NetworkChange).
class NetworkPage : public SetupPageHandler
{
public:
    explicit NetworkPage(SetupEnv &env) : m_env(env) {}
    void handle(const SetupRequest &request, const Respond &respond) override;

private:
    void form(const SetupRequest &request, const Respond &respond, const NetworkSettings &values,
              const QString &netmaskText, const FieldErrors &errors, const QString &alert = {});
    void pendingPage(const SetupRequest &request, const Respond &respond, const QString &alert = {});
    QString newUrl(const SetupRequest &request, const NetworkSettings &settings) const;

    SetupEnv &m_env;
};

} // namespace mente::box
