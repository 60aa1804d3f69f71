// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/MailServer.h"
#include "shared/Result.h"

#include <optional>

namespace mente::box {

// Writes what an administrator set for the SMTP server (GET/PUT /api/v1/box/mail, the setup
// page's /mail): smtp_url, security, user, from and repeat_min into box.conf's [mail], the
// password into the secrets file (kernel/BoxSecrets, key "mail/password"), never into box.conf.
// Every secret box.conf still holds moves to the secrets file on the way.
class MailConfigFile
{
public:
    // password: nullopt keeps the stored one, "" removes it.
    static Status save(const QString &configFile, const QString &secretsFile, const MailServer &server,
                       const std::optional<QString> &password);
};

} // namespace mente::box
