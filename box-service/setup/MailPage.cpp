// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/MailPage.h"

#include "notify/MailSettingsService.h"
#include "setup/ErrorText.h"
#include "setup/HtmlPage.h"
#include "setup/MailForm.h"
#include "setup/MailTestResult.h"
#include "setup/SetupLanguage.h"

namespace mente::box {

void MailPage::form(const SetupRequest &request, const Respond &respond, const MailServer &values,
                    const FieldErrors &errors, const QString &notice, const QString &alert, int status)
{
    const MailServer stored = m_env.services.mail->current();
    HtmlPage page(request, QCoreApplication::translate("SetupPage", "Mail settings"));
    if (!notice.isEmpty())
        page.notice(notice);
    if (!alert.isEmpty())
        page.alert(alert);
    page.para(QCoreApplication::translate(
        "SetupPage", "The box sends fault notices and its other mails through this SMTP server. A saved change is in "
                     "force for the next mail."));
    page.beginForm(QStringLiteral("/mail"));
    page.input(QStringLiteral("smtp_url"), QCoreApplication::translate("SetupPage", "SMTP server"), values.smtpUrl,
               errors,
               QCoreApplication::translate("SetupPage",
                                           "Like smtp://mail.example.jp:587. Empty: the mails wait in the outbox."));
    page.radios(QStringLiteral("security"), QCoreApplication::translate("SetupPage", "Connection security"),
                {{QStringLiteral("none"), QCoreApplication::translate("SetupPage", "None (plain SMTP)")},
                 {QStringLiteral("starttls"), QCoreApplication::translate("SetupPage", "STARTTLS (required)")},
                 {QStringLiteral("tls"), QCoreApplication::translate("SetupPage", "TLS from the start (SMTPS)")}},
                values.security, errors);
    page.input(QStringLiteral("user"), QCoreApplication::translate("SetupPage", "User name"), values.user, errors,
               QCoreApplication::translate("SetupPage", "Only when the server wants a login (SMTP AUTH)."));
    page.password(QStringLiteral("password"), QCoreApplication::translate("SetupPage", "Password"), errors,
                  stored.passwordSet
                      ? QCoreApplication::translate("SetupPage", "A password is stored: leave this empty to keep it.")
                      : QCoreApplication::translate("SetupPage", "No password is stored."),
                  QStringLiteral("off"));
    if (stored.passwordSet)
        page.checkbox(QStringLiteral("clear_password"),
                      QCoreApplication::translate("SetupPage", "Clear the stored password"), false);
    page.input(QStringLiteral("from"), QCoreApplication::translate("SetupPage", "Sender address"), values.from, errors,
               {}, QStringLiteral("email"));
    page.input(QStringLiteral("repeat_min"),
               QCoreApplication::translate("SetupPage", "Repeat a fault mail every (minutes)"),
               QString::number(values.repeatMin), errors,
               QCoreApplication::translate("SetupPage", "From 0.01 to 43200 (30 days)."));
    page.beginButtons();
    page.button(QStringLiteral("save"), QCoreApplication::translate("SetupPage", "Save"));
    page.endButtons();
    page.endForm();

    page.para(QCoreApplication::translate("SetupPage", "Send a test mail with the saved settings:"));
    page.beginForm(QStringLiteral("/mail"));
    page.input(QStringLiteral("test_to"), QCoreApplication::translate("SetupPage", "Test mail to"),
               request.field(QStringLiteral("test_to")), errors, {}, QStringLiteral("email"));
    page.beginButtons();
    page.button(QStringLiteral("test"), QCoreApplication::translate("SetupPage", "Send a test mail"), false);
    page.endButtons();
    page.endForm();
    page.backToTop();
    respond(page.reply(status));
}

void MailPage::save(const SetupRequest &request, const Respond &respond)
{
    FieldErrors errors;
    const MailServerUpdate update = MailForm::read(request, errors);
    if (!errors.isEmpty())
        return form(request, respond, update.server, errors, {},
                    QCoreApplication::translate("SetupPage", "Please correct the fields marked below."), 400);
    const auto saved = m_env.services.mail->update(request.actor, update);
    if (!saved) {
        const Error &e = saved.error();
        if (e.code != QLatin1String("internal"))
            return form(request, respond, update.server, {}, {}, ErrorText::localize(e), 500);
        // The service logged the reason; the page names the file in the reader's language.
        const QString file = e.field.isEmpty() ? m_env.secretsFile : e.field;
        return form(request, respond, update.server, {}, {},
                    QCoreApplication::translate("SetupPage", "The mail settings were not saved: the box cannot write "
                                                             "the file %1. The box's log says why.")
                        .arg(file),
                    500);
    }
    form(request, respond, saved.value(), {},
         QCoreApplication::translate("SetupPage", "The mail settings are saved and in force for the next mail."));
}

void MailPage::test(const SetupRequest &request, const Respond &respond)
{
    const QString to = request.field(QStringLiteral("test_to"));
    const MailServer stored = m_env.services.mail->current();
    const Status started = m_env.services.mail->sendTest(
        request.actor, to, request.language, [this, request, respond, to](const SendOutcome &outcome) {
            // The answer comes later; the request (its actor, language) was kept for then.
            SetupLanguage::Scope scope(m_env.language, request.language);
            const MailServer now = m_env.services.mail->current();
            const QString text = MailTestResult::explain(outcome, to);
            if (outcome.sent)
                return form(request, respond, now, {}, text);
            form(request, respond, now, {}, {}, text, 502);
        });
    if (started)
        return;
    const Error &e = started.error();
    if (e.field == QLatin1String("to"))
        return form(request, respond, stored, {{QStringLiteral("test_to"), ErrorText::localize(e)}}, {},
                    QCoreApplication::translate("SetupPage", "Please correct the fields marked below."), 400);
    form(request, respond, stored, {}, {},
         e.code == QLatin1String("conflict")
             ? QCoreApplication::translate("SetupPage", "A test mail is on its way already: wait for its result.")
             : ErrorText::localize(e),
         e.code == QLatin1String("conflict") ? 409 : 500);
}

void MailPage::handle(const SetupRequest &request, const Respond &respond)
{
    if (!request.isPost())
        return form(request, respond, m_env.services.mail->current(), {});
    const QString step = request.step();
    if (step == QLatin1String("test"))
        return test(request, respond);
    if (step == QLatin1String("save"))
        return save(request, respond);
    form(request, respond, m_env.services.mail->current(), {});
}

} // namespace mente::box
