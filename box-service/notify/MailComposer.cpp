// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/MailComposer.h"

#include "notify/MimeBuilder.h"
#include "shared/Clock.h"

namespace mente::box {

MailComposer::MailComposer(QString from, double repeatMin, std::function<MailFacts()> facts, const Clock &clock)
    : m_from(std::move(from)), m_repeatMin(repeatMin), m_facts(std::move(facts)), m_clock(clock)
{
}

void MailComposer::setSender(const QString &from, double repeatMin)
{
    m_from = from;
    m_repeatMin = repeatMin;
}

MailRecipient MailComposer::recipientFor(const Customer &customer)
{
    MailRecipient r;
    r.address = customer.email;
    r.language = MailTemplates::language(customer.language);
    r.greeting = MailTemplates::word(r.language, QStringLiteral("customer.honorific"),
                                     {{QStringLiteral("company"), customer.company},
                                      {QStringLiteral("contactFamily"), customer.contactFamily},
                                      {QStringLiteral("contactGiven"), customer.contactGiven}})
                     .simplified();
    r.customer = true;
    return r;
}

MailRecipient MailComposer::recipientFor(const Operator &op)
{
    MailRecipient r;
    r.address = op.email;
    r.language = MailTemplates::language(op.language);
    r.greeting = MailTemplates::word(r.language, QStringLiteral("operator.honorific"),
                                     {{QStringLiteral("name"), op.name}, {QStringLiteral("login"), op.login}});
    return r;
}

QString MailComposer::formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("--");
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

MailTemplates::Values MailComposer::baseValues(const Customer &c, const MailRecipient &to, const MailFacts &facts) const
{
    const QString &lang = to.language;
    const BoxStatus &s = facts.status;
    auto dash = [](const QString &v) { return v.isEmpty() ? QStringLiteral("--") : v; };
    MailTemplates::Values v{
        {QStringLiteral("recipientName"), to.greeting},
        {QStringLiteral("serial"), s.serial},
        {QStringLiteral("company"), c.company},
        {QStringLiteral("companyKana"), c.companyKana},
        {QStringLiteral("postalCode"), c.postalCode},
        {QStringLiteral("prefecture"), c.prefecture},
        {QStringLiteral("address1"), c.address1},
        {QStringLiteral("address1Kana"), c.address1Kana},
        {QStringLiteral("address2"), c.address2},
        {QStringLiteral("address2Kana"), c.address2Kana},
        {QStringLiteral("contactFamily"), c.contactFamily},
        {QStringLiteral("contactFamilyKana"), c.contactFamilyKana},
        {QStringLiteral("contactGiven"), c.contactGiven},
        {QStringLiteral("contactGivenKana"), c.contactGivenKana},
        {QStringLiteral("email"), c.email},
        {QStringLiteral("phone"), c.phone},
        {QStringLiteral("subdomain"), dash(c.subdomain)},
        {QStringLiteral("registeredAt"), formatTime(c.registeredAt.isValid() ? c.registeredAt : m_clock.now())},
        {QStringLiteral("addressMode"), MailTemplates::word(lang, QStringLiteral("mode.") + dash(s.addressMode))},
        {QStringLiteral("globalIp"), dash(s.globalIp)},
        {QStringLiteral("mac"), dash(s.mac)},
        {QStringLiteral("localIp"), dash(s.localIp)},
        {QStringLiteral("sshPort"), QString::number(s.sshPort)},
        {QStringLiteral("vpnHub"), dash(facts.vpnHub)},
        {QStringLiteral("vpnUser"), dash(facts.vpnUser)},
        {QStringLiteral("vpnState"), MailTemplates::word(lang, QStringLiteral("state.") + toWire(s.vpnState))},
        {QStringLiteral("deviceState"), MailTemplates::word(lang, QStringLiteral("state.") + toWire(s.deviceState))},
        {QStringLiteral("boxState"), MailTemplates::word(lang, QStringLiteral("state.") + toWire(s.boxState))},
        {QStringLiteral("reportDay"), c.reportDay >= 31 ? MailTemplates::word(lang, QStringLiteral("report.day.last"))
                                                         : MailTemplates::word(lang, QStringLiteral("report.day"),
                                                                               {{QStringLiteral("day"),
                                                                                 QString::number(c.reportDay)}})},
    };
    return v;
}

Result<Outbox::NewMail> MailComposer::make(const QString &mailKind, const QString &templateName, const MailRecipient &to,
                                           const MailTemplates::Values &values, qint64 eventSeq,
                                           const QString &html) const
{
    auto rendered = MailTemplates::render(templateName, to.language, values);
    if (!rendered)
        return rendered.error();
    MailMessage message;
    message.from = m_from;
    message.to = to.address;
    message.toName = to.greeting;
    message.subject = rendered->subject;
    message.body = rendered->body;
    message.htmlBody = html;
    message.date = m_clock.now();
    Outbox::NewMail mail;
    mail.kind = mailKind;
    mail.language = to.language;
    mail.from = m_from;
    mail.recipients = {to.address};
    mail.subject = rendered->subject;
    mail.message = MimeBuilder::build(message);
    mail.eventSeq = eventSeq;
    return mail;
}

Result<Outbox::NewMail> MailComposer::compose(const QString &mailKind, const QString &templateName,
                                              const Customer &customer, const MailRecipient &to,
                                              const MailTemplates::Values &extra, const QString &html) const
{
    MailTemplates::Values values = baseValues(customer, to, m_facts());
    values.insert(extra);
    return make(mailKind, templateName, to, values, 0, html);
}

Result<Outbox::NewMail> MailComposer::registered(const Customer &customer, const MailRecipient &to) const
{
    const MailTemplates::Values values = baseValues(customer, to, m_facts());
    return make(QStringLiteral("registered"),
                to.customer ? QStringLiteral("registered-customer") : QStringLiteral("registered-admin"), to, values, 0);
}

Result<Outbox::NewMail> MailComposer::licence(const Customer &customer, const Licence &licence,
                                              const MailRecipient &to) const
{
    MailTemplates::Values values = baseValues(customer, to, m_facts());
    values.insert(QStringLiteral("licenceKey"), licence.key);
    values.insert(QStringLiteral("licenceStart"), licence.startDate.toString(Qt::ISODate));
    values.insert(QStringLiteral("licenceEnd"), licence.endDate.toString(Qt::ISODate));
    values.insert(QStringLiteral("registeredAt"), formatTime(licence.registeredAt.isValid() ? licence.registeredAt
                                                                                            : m_clock.now()));
    return make(QStringLiteral("licence"),
                to.customer ? QStringLiteral("licence-customer") : QStringLiteral("licence-admin"), to, values, 0);
}

Result<Outbox::NewMail> MailComposer::fault(const QString &mailKind, const Customer &customer, const FaultNotice &n,
                                            const MailRecipient &to) const
{
    MailFacts facts = m_facts();
    // The state the mail is about, whatever the summary was computed from.
    if (mailKind != QLatin1String("recovery")) {
        if (n.category == QLatin1String("device"))
            facts.status.deviceState = HealthState::Fault;
        else if (n.category == QLatin1String("box"))
            facts.status.boxState = HealthState::Fault;
        else if (n.category == QLatin1String("vpn"))
            facts.status.vpnState = HealthState::Fault;
    }
    MailTemplates::Values values = baseValues(customer, to, facts);
    const QString &lang = to.language;
    const MailTemplates::Values targetValues{
        {QStringLiteral("ip"), n.ip},
        {QStringLiteral("label"), n.label.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(n.label)},
        {QStringLiteral("port"), QString::number(n.port)},
        {QStringLiteral("protocol"), n.protocol.isEmpty() ? QStringLiteral("TCP") : n.protocol},
    };
    values.insert(QStringLiteral("target"), MailTemplates::word(lang, QStringLiteral("target.") + n.kind, targetValues));
    values.insert(QStringLiteral("cause"),
                  n.cause.isEmpty() ? MailTemplates::word(lang, QStringLiteral("cause.none")) : n.cause);
    values.insert(QStringLiteral("since"), formatTime(n.since));
    values.insert(QStringLiteral("at"), formatTime(mailKind == QLatin1String("repeat") ? n.since : n.at));
    values.insert(QStringLiteral("repeatNote"),
                  mailKind == QLatin1String("repeat")
                      ? MailTemplates::word(lang, QStringLiteral("repeat.note"),
                                            {{QStringLiteral("since"), formatTime(n.since)},
                                             {QStringLiteral("repeatMin"), QString::number(m_repeatMin)}})
                      : QString());
    const QString base = mailKind == QLatin1String("recovery") ? QStringLiteral("recovery-") : QStringLiteral("fault-");
    return make(mailKind, base + (to.customer ? QStringLiteral("customer") : QStringLiteral("operator")), to, values,
                n.eventSeq);
}

Result<Outbox::NewMail> MailComposer::newDevice(const Customer &customer, const QJsonObject &device,
                                                const QDateTime &at, const MailRecipient &to, qint64 eventSeq) const
{
    MailTemplates::Values values = baseValues(customer, to, m_facts());
    for (const char *key : {"ip", "mac", "vendor", "hostname"}) {
        const QString value = device.value(QLatin1String(key)).toString();
        values.insert(QLatin1String(key), value.isEmpty() ? QStringLiteral("--") : value);
    }
    values.insert(QStringLiteral("at"), formatTime(at));
    return make(QStringLiteral("new-device"), QStringLiteral("new-device-operator"), to, values, eventSeq);
}

} // namespace mente::box
