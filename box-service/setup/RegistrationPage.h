// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setup/SetupEnv.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mente::box {

// "/registration" (seed §7): the customer's registration data, input → confirm → done, saved
// through CustomerService (the same rules and mails as PUT /api/v1/customer).
class RegistrationPage : public SetupPageHandler
{
public:
    explicit RegistrationPage(SetupEnv &env) : m_env(env) {}
    void handle(const SetupRequest &request, const Respond &respond) override;

    // Every field's error at once, by the rules of Customer::fromJson.
    static FieldErrors validate(const QJsonObject &json);

private:
    QJsonObject fromForm(const SetupRequest &request) const;
    void form(const SetupRequest &request, const Respond &respond, const QJsonObject &values, const FieldErrors &errors,
              const QString &alert = {});
    void confirm(const SetupRequest &request, const Respond &respond, const QJsonObject &values);

    SetupEnv &m_env;
};

} // namespace mente::box
