// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportMailer.h"

#include "notify/Outbox.h"
#include "report/ReportRenderer.h"
#include "shared/Clock.h"
#include "store/OperatorStore.h"

namespace mente::box {

QList<MailRecipient> ReportMailer::recipients() const
{
    QList<MailRecipient> list;
    const Customer customer = m_customer();
    if (customer.registered() && !customer.email.isEmpty())
        list << MailComposer::recipientFor(customer);
    for (const Operator &op : m_operators.list(false))
        if (op.enabled && !op.removed() && op.receivesFaultMail && !op.email.isEmpty())
            list << MailComposer::recipientFor(op);
    return list;
}

Result<ReportMailer::Queued> ReportMailer::queue(const MonthlyReport &report) const
{
    const QList<MailRecipient> to = recipients();
    if (to.isEmpty())
        return Error{QStringLiteral("conflict"),
                     QStringLiteral("Nobody to mail the report to: no customer e-mail and no operator who receives "
                                    "fault mail."),
                     {}};
    const Customer customer = m_customer();
    const Licence licence = m_licence();
    Queued queued;
    queued.licensed = licence.validOn(m_clock.now().date());
    for (const MailRecipient &r : to) {
        const QString &lang = r.language;
        MailTemplates::Values values{{QStringLiteral("month"), report.monthText()},
                                     {QStringLiteral("licenceEnd"), licence.registered()
                                                                        ? licence.endDate.toString(Qt::ISODate)
                                                                        : QStringLiteral("--")}};
        Result<Outbox::NewMail> mail = Error{};
        if (queued.licensed) {
            const QString note = ReportRenderer::note(report, lang);
            values.insert(QStringLiteral("period"), ReportRenderer::periodText(report));
            values.insert(QStringLiteral("note"), note.isEmpty() ? QString() : note + QLatin1Char('\n'));
            values.insert(QStringLiteral("table"), ReportRenderer::availabilityText(report, lang));
            values.insert(QStringLiteral("faults"), ReportRenderer::faultsText(report, lang));
            mail = m_composer.compose(QStringLiteral("report"), QStringLiteral("report"), customer, r, values,
                                      ReportRenderer::html(report, lang));
        } else {
            mail = m_composer.compose(QStringLiteral("report-unlicensed"), QStringLiteral("report-unlicensed"),
                                      customer, r, values);
        }
        if (!mail)
            return mail.error();
        if (const auto id = m_outbox.enqueue(mail.value()); !id)
            return id.error();
        ++queued.mails;
    }
    return queued;
}

} // namespace mente::box
