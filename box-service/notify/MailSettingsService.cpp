// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/MailSettingsService.h"

#include "notify/FaultMailer.h"
#include "notify/MailComposer.h"
#include "notify/MailConfigFile.h"
#include "notify/SmtpTransport.h"
#include "shared/Validation.h"
#include "store/AuditLog.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcMail)

namespace mente::box {

MailSettingsService::MailSettingsService(MailSettings inForce, QString configFile, QString secretsFile, Parts parts)
    : m_settings(std::move(inForce))
    , m_configFile(std::move(configFile))
    , m_secretsFile(std::move(secretsFile))
    , m_parts(std::move(parts))
{}

MailServer MailSettingsService::current() const
{
    MailServer s;
    s.smtpUrl = m_settings.smtpUrl;
    s.security = m_settings.security;
    s.user = m_settings.user;
    s.from = m_settings.from;
    s.repeatMin = m_settings.repeatMin;
    s.passwordSet = !m_settings.password.isEmpty();
    return s;
}

Result<MailServer> MailSettingsService::update(const Actor &actor, const MailServerUpdate &update)
{
    const MailServer &next = update.server;
    if (const Status s = MailConfigFile::save(m_configFile, m_secretsFile, next, update.password); !s) {
        // The system's reason goes to the log; the answer names the file and keeps it in Error::field.
        qCWarning(lcMail).noquote() << "cannot save the mail settings:" << s.error().message;
        const QString file = s.error().field.isEmpty() ? m_secretsFile : s.error().field;
        return Error{QStringLiteral("internal"),
                     QStringLiteral("The mail settings were not saved: the box cannot write the file %1. "
                                    "The box's log says why.")
                         .arg(file),
                     file};
    }
    const bool hadPassword = !m_settings.password.isEmpty();
    m_settings.smtpUrl = next.smtpUrl;
    m_settings.security = next.security;
    m_settings.user = next.user;
    m_settings.from = next.from;
    m_settings.repeatMin = next.repeatMin;
    if (update.password)
        m_settings.password = *update.password;

    // In force for the next mail: its sender, the fault repeats, the server it goes to.
    m_parts.composer.setSender(m_settings.from, m_settings.repeatMin);
    m_parts.faultMailer.setRepeatMin(m_settings.repeatMin);
    SmtpTransport::Settings smtp = m_parts.transport.settings();
    smtp.url = m_settings.smtpUrl;
    smtp.security = m_settings.security;
    smtp.user = m_settings.user;
    smtp.password = m_settings.password;
    m_parts.transport.updateSettings(smtp);

    const QString password = !update.password ? (hadPassword ? QStringLiteral("kept") : QStringLiteral("none"))
                             : update.password->isEmpty() ? QStringLiteral("cleared")
                                                          : QStringLiteral("set");
    const QString detail = QStringLiteral("security %1, user %2, from %3, repeat %4 min, password %5")
                               .arg(next.security, next.user.isEmpty() ? QStringLiteral("-") : next.user, next.from)
                               .arg(next.repeatMin)
                               .arg(password);
    qCInfo(lcMail).noquote() << "mail settings changed by" << actor.op.login << ":" << next.smtpUrl << detail;
    if (const Status s = m_parts.audit.record(
            {actor.op.id, actor.op.login, actor.address, QStringLiteral("mail.settings"), next.smtpUrl, detail});
        !s)
        // Saved and in force already: saying "not saved" now would be wrong. The log keeps the change.
        qCWarning(lcMail) << "the mail settings change could not be audited:" << s.error().message;
    return current();
}

Status MailSettingsService::sendTest(const Actor &actor, const QString &to, const QString &language,
                                     std::function<void(const SendOutcome &)> done)
{
    if (const QString bad = validation::checkEmail(to); !bad.isEmpty())
        return Error::validation(QStringLiteral("to"), bad);
    if (m_tester.busy())
        return Error{QStringLiteral("conflict"), QStringLiteral("A test mail is on its way already."), {}};
    MailRecipient recipient;
    recipient.address = to;
    recipient.language = language;
    const auto mail = m_parts.composer.compose(
        QStringLiteral("test"), QStringLiteral("test"), m_parts.customer ? m_parts.customer() : Customer{}, recipient,
        {{QStringLiteral("sentBy"), actor.op.login},
         {QStringLiteral("smtpUrl"), m_settings.smtpUrl.isEmpty() ? QStringLiteral("--") : m_settings.smtpUrl},
         {QStringLiteral("at"), MailComposer::formatTime(m_parts.clock.now())}});
    if (!mail)
        return mail.error();
    const MailEnvelope envelope{mail->from, mail->recipients, mail->message};
    const AuditEntry entry{actor.op.id, actor.op.login, actor.address, QStringLiteral("mail.test"), to, {}};
    m_tester.send(m_parts.transport.settings(), envelope, [this, entry, done](const SendOutcome &outcome) {
        AuditEntry e = entry;
        e.detail = outcome.sent ? QStringLiteral("sent") : QStringLiteral("failed: ") + outcome.error.left(300);
        if (const Status s = m_parts.audit.record(e); !s)
            qCWarning(lcMail) << "the test mail could not be audited:" << s.error().message;
        if (done)
            done(outcome);
    });
    return success();
}

} // namespace mente::box
