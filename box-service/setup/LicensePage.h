// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setup/SetupEnv.h"

#include <QCoreApplication>

namespace mente::box {

// "/license" (seed §8): the maintenance licence key, input → confirm → done, through
// CustomerService::registerLicence (accepted only after registration).
class LicensePage : public SetupPageHandler
{
public:
    explicit LicensePage(SetupEnv &env) : m_env(env) {}
    void handle(const SetupRequest &request, const Respond &respond) override;

private:
    void form(const SetupRequest &request, const Respond &respond, const QString &key, const FieldErrors &errors);

    SetupEnv &m_env;
};

} // namespace mente::box
