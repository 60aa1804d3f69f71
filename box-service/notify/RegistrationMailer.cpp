// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/RegistrationMailer.h"

#include "notify/MailComposer.h"
#include "notify/Outbox.h"
#include "store/OperatorStore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRegistrationMail, "mente.mail.registration")

namespace mente::box {

RegistrationMailer::RegistrationMailer(const MailComposer &composer, const OperatorStore &operators, Outbox &outbox)
    : m_composer(composer), m_operators(operators), m_outbox(outbox)
{
}

QList<Operator> RegistrationMailer::adminRecipients(const QList<Operator> &operators)
{
    QList<Operator> admins;
    for (const Operator &op : operators)
        if (op.admin && op.enabled && !op.removed() && !op.email.isEmpty())
            admins.append(op);
    return admins;
}

Status RegistrationMailer::queueRegistered(const Customer &customer)
{
    QList<MailRecipient> recipients;
    if (!customer.email.isEmpty())
        recipients << MailComposer::recipientFor(customer);
    for (const Operator &op : adminRecipients(m_operators.list(false)))
        recipients << MailComposer::recipientFor(op);
    for (const MailRecipient &to : recipients) {
        auto mail = m_composer.registered(customer, to);
        if (!mail)
            return mail.error();
        if (auto id = m_outbox.enqueue(mail.value()); !id)
            return id.error();
    }
    qCInfo(lcRegistrationMail) << "registration mails queued:" << recipients.size();
    return success();
}

Status RegistrationMailer::queueLicenceRegistered(const Customer &customer, const Licence &licence)
{
    QList<MailRecipient> recipients;
    if (!customer.email.isEmpty())
        recipients << MailComposer::recipientFor(customer);
    for (const Operator &op : adminRecipients(m_operators.list(false)))
        recipients << MailComposer::recipientFor(op);
    for (const MailRecipient &to : recipients) {
        auto mail = m_composer.licence(customer, licence, to);
        if (!mail)
            return mail.error();
        if (auto id = m_outbox.enqueue(mail.value()); !id)
            return id.error();
    }
    qCInfo(lcRegistrationMail) << "licence mails queued:" << recipients.size();
    return success();
}

} // namespace mente::box
