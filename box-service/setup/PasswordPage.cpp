// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/PasswordPage.h"

#include "api/AuthService.h"
#include "setup/ErrorText.h"
#include "setup/HtmlPage.h"

namespace mente::box {

void PasswordPage::form(const SetupRequest &request, const Respond &respond, const FieldErrors &errors, int status)
{
    const bool forced = request.actor.op.mustChangePassword;
    HtmlPage page(request, QCoreApplication::translate("SetupPage", "Change the password"));
    if (forced)
        page.alert(QCoreApplication::translate(
            "SetupPage", "The box still has its default password. Set a new password before anything else."));
    page.beginForm(QStringLiteral("/password"));
    page.para(QCoreApplication::translate("SetupPage", "Login ID: %1").arg(request.actor.op.login),
              QStringLiteral("muted"));
    page.password(QStringLiteral("current"), QCoreApplication::translate("SetupPage", "Current password"), errors, {},
                  QStringLiteral("current-password"));
    page.password(QStringLiteral("new"), QCoreApplication::translate("SetupPage", "New password"), errors,
                  QCoreApplication::translate(
                      "SetupPage", "At least 8 characters with letters and digits, not containing the login ID."));
    page.password(QStringLiteral("new2"), QCoreApplication::translate("SetupPage", "New password again"), errors);
    page.beginButtons();
    page.button(QStringLiteral("apply"), QCoreApplication::translate("SetupPage", "Change the password"));
    page.endButtons();
    page.endForm();
    if (!forced)
        page.backToTop();
    respond(page.reply(status));
}

void PasswordPage::handle(const SetupRequest &request, const Respond &respond)
{
    if (!request.isPost() || request.step() != QLatin1String("apply"))
        return form(request, respond, {});

    const QString current = request.raw(QStringLiteral("current"));
    const QString newPassword = request.raw(QStringLiteral("new"));
    FieldErrors errors;
    if (current.isEmpty())
        errors.insert(QStringLiteral("current"), QCoreApplication::translate("SetupPage", "Required."));
    if (newPassword.isEmpty())
        errors.insert(QStringLiteral("new"), QCoreApplication::translate("SetupPage", "Required."));
    if (newPassword != request.raw(QStringLiteral("new2")))
        errors.insert(QStringLiteral("new2"),
                      QCoreApplication::translate("SetupPage", "The two new passwords differ."));
    if (!errors.isEmpty())
        return form(request, respond, errors, 400);

    const Status s = m_env.services.auth.changePassword(request.actor, current, newPassword);
    if (!s) {
        const Error &e = s.error();
        if (e.code == QLatin1String("locked") || e.code == QLatin1String("rate_limited")) {
            HtmlPage page(request, QCoreApplication::translate("SetupPage", "Change the password"));
            page.alert(QCoreApplication::translate("SetupPage", "Too many failed attempts: try again later."));
            return respond(page.reply(e.code == QLatin1String("locked") ? 423 : 429));
        }
        errors.insert(e.field.isEmpty() ? QStringLiteral("new") : e.field, ErrorText::localize(e));
        return form(request, respond, errors, 400);
    }
    HtmlPage page(request, QCoreApplication::translate("SetupPage", "Password changed"));
    page.notice(QCoreApplication::translate(
        "SetupPage",
        "The password has been changed. Your browser will ask you to log in again with the new password."));
    page.backToTop();
    respond(page.reply());
}

} // namespace mente::box
