// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setup/SetupEnv.h"

#include <QCoreApplication>

namespace mente::box {

// "/password": changes the admin password through AuthService (its policy, its audit). While
// the default password is set, SetupServer sends every path here (forced mode).
class PasswordPage : public SetupPageHandler
{
public:
    explicit PasswordPage(SetupEnv &env) : m_env(env) {}
    void handle(const SetupRequest &request, const Respond &respond) override;

private:
    void form(const SetupRequest &request, const Respond &respond, const FieldErrors &errors, int status = 200);

    SetupEnv &m_env;
};

} // namespace mente::box
