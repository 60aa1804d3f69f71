// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/LicensePage.h"

#include "service/CustomerService.h"
#include "setup/ErrorText.h"
#include "setup/HtmlPage.h"
#include "shared/Clock.h"
#include "shared/Validation.h"

namespace mente::box {

void LicensePage::form(const SetupRequest &request, const Respond &respond, const QString &key,
                       const FieldErrors &errors)
{
    HtmlPage page(request, QCoreApplication::translate("SetupPage", "Maintenance licence"));
    const Licence current = m_env.services.customers.licence();
    if (current.registered())
        page.notice(QCoreApplication::translate("SetupPage",
                                                "A licence is registered: valid from %1 to %2. A new key replaces it.")
                        .arg(current.startDate.toString(Qt::ISODate), current.endDate.toString(Qt::ISODate)));
    page.beginForm(QStringLiteral("/license"));
    page.input(QStringLiteral("key"), QCoreApplication::translate("SetupPage", "Maintenance licence key"), key, errors,
               QCoreApplication::translate(
                   "SetupPage", "16 letters and digits as printed in the licence letter: XXXX-XXXX-XXXX-XXXX."),
               QStringLiteral("text"), true);
    page.beginButtons();
    page.button(QStringLiteral("confirm"), QCoreApplication::translate("SetupPage", "Confirm"));
    page.endButtons();
    page.endForm();
    page.backToTop();
    respond(page.reply(errors.isEmpty() ? 200 : 400));
}

void LicensePage::handle(const SetupRequest &request, const Respond &respond)
{
    if (!m_env.services.customers.customer().registered()) {
        HtmlPage page(request, QCoreApplication::translate("SetupPage", "Maintenance licence"));
        page.alert(QCoreApplication::translate(
            "SetupPage", "Complete the user registration first: a licence is accepted only after it."));
        page.link(QStringLiteral("/registration"), QCoreApplication::translate("SetupPage", "User registration"));
        page.backToTop();
        return respond(page.reply(request.isPost() ? 409 : 200));
    }
    const QString step = request.step();
    const QString typed = request.field(QStringLiteral("key"));
    if (!request.isPost() || step == QLatin1String("edit"))
        return form(request, respond, typed, {});

    const auto key = validation::normalizeLicenceKey(typed);
    if (!key) {
        const QString message = typed.isEmpty() ? QCoreApplication::translate("SetupPage", "Required.")
                                                : ErrorText::localize(validation::checkLicenceKey(typed));
        return form(request, respond, typed, {{QStringLiteral("key"), message}});
    }
    if (step != QLatin1String("apply")) {
        HtmlPage page(request, QCoreApplication::translate("SetupPage", "Confirm the licence key"));
        page.para(QCoreApplication::translate("SetupPage", "Check the key. If it is right, press Register."));
        page.beginForm(QStringLiteral("/license"));
        page.hidden(QStringLiteral("key"), *key);
        page.beginTable();
        page.row(QCoreApplication::translate("SetupPage", "Maintenance licence key"),
                 QStringLiteral("<span class=\"mono\">%1</span>").arg(HtmlPage::esc(*key)),
                 QStringLiteral("confirm-key"));
        page.endTable();
        page.beginButtons();
        page.button(QStringLiteral("apply"), QCoreApplication::translate("SetupPage", "Register"));
        page.button(QStringLiteral("edit"), QCoreApplication::translate("SetupPage", "Back"), false);
        page.endButtons();
        page.endForm();
        return respond(page.reply());
    }
    auto licence = m_env.services.customers.registerLicence(request.actor, *key);
    if (!licence)
        return form(request, respond, *key, {{QStringLiteral("key"), ErrorText::localize(licence.error())}});
    HtmlPage page(request, QCoreApplication::translate("SetupPage", "Licence registered"));
    page.notice(QCoreApplication::translate("SetupPage", "The maintenance licence is registered: valid from %1 to %2.")
                    .arg(licence->startDate.toString(Qt::ISODate), licence->endDate.toString(Qt::ISODate)));
    page.backToTop();
    respond(page.reply());
}

} // namespace mente::box
