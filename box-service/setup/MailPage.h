// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setup/SetupEnv.h"
#include "shared/MailServer.h"

namespace mente::box {

// "/mail": the SMTP server the box mails through (the rules and the effect of PUT
// /api/v1/box/mail: saved to box.conf and the secrets file, in force for the next mail), and a
// test mail to an address the form gives, sent at once with the saved settings. The password
// field is never filled in: empty keeps the stored password, "clear password" removes it.
class MailPage : public SetupPageHandler
{
public:
    explicit MailPage(SetupEnv &env) : m_env(env) {}
    void handle(const SetupRequest &request, const Respond &respond) override;

private:
    void form(const SetupRequest &request, const Respond &respond, const MailServer &values, const FieldErrors &errors,
              const QString &notice = {}, const QString &alert = {}, int status = 200);
    void save(const SetupRequest &request, const Respond &respond);
    void test(const SetupRequest &request, const Respond &respond);

    SetupEnv &m_env;
};

} // namespace mente::box
