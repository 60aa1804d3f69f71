// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/MailForm.h"

#include "setup/ErrorText.h"

#include <QCoreApplication>

namespace mente::box {

MailServer MailForm::values(const SetupRequest &request)
{
    MailServer s;
    s.smtpUrl = request.field(QStringLiteral("smtp_url"));
    s.security = request.field(QStringLiteral("security"));
    s.user = request.field(QStringLiteral("user"));
    s.from = request.field(QStringLiteral("from"));
    bool ok = false;
    const double minutes = request.field(QStringLiteral("repeat_min")).toDouble(&ok);
    s.repeatMin = ok ? minutes : 0;
    return s;
}

MailServerUpdate MailForm::read(const SetupRequest &request, FieldErrors &errors)
{
    MailServerUpdate u;
    u.server = values(request);
    const MailServer &s = u.server;
    const auto check = [&](const char *name, const QString &english) {
        if (!english.isEmpty())
            errors.insert(QLatin1String(name), ErrorText::localize(english));
    };
    check("smtp_url", MailServer::checkSmtpUrl(s.smtpUrl));
    check("security", MailServer::checkSecurity(s.security));
    check("user", MailServer::checkUser(s.user));
    check("from", MailServer::checkFrom(s.from));
    if (request.field(QStringLiteral("repeat_min")).isEmpty())
        errors.insert(QStringLiteral("repeat_min"), QCoreApplication::translate("SetupPage", "Required."));
    else
        check("repeat_min", MailServer::checkRepeatMin(s.repeatMin));
    const QString password = request.raw(QStringLiteral("password")); // never trimmed
    check("password", MailServer::checkPassword(password));
    if (!password.isEmpty())
        u.password = password;
    else if (request.field(QStringLiteral("clear_password")) == QLatin1String("on"))
        u.password = QString();
    return u;
}

} // namespace mente::box
