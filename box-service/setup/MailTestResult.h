// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/MailTransport.h"

#include <QString>

namespace mente::box {

// What the /mail page says about a test mail, in the page's language: sent, or why not (the
// SMTP server's own words after it).
class MailTestResult
{
public:
    static QString explain(const SendOutcome &outcome, const QString &to);
};

} // namespace mente::box
