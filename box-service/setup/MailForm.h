// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setup/SetupHttp.h"
#include "shared/MailServer.h"

namespace mente::box {

// Reads the /mail form (smtp_url, security, user, from, repeat_min, password, clear_password)
// by the rules of PUT /api/v1/box/mail; each bad field gets its message in the page's language.
// An empty password keeps the stored one; "clear password" removes it (a typed one wins).
class MailForm
{
public:
    static MailServerUpdate read(const SetupRequest &request, FieldErrors &errors);
    // The form's fields filled from what is stored (the password never).
    static MailServer values(const SetupRequest &request);
};

} // namespace mente::box
