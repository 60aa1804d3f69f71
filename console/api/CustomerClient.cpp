// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/CustomerClient.h"

#include "shared/JsonReader.h"
#include "shared/TimeFormat.h"

namespace mente::console {

Result<Customer> CustomerClient::read(const QJsonObject &json)
{
    JsonReader in(json);
    Customer c;
    auto text = [&in](const char *key, int max = 256) {
        return in.optionalString(QLatin1String(key), max).value_or(QString());
    };
    c.company = text("company");
    c.companyKana = text("companyKana");
    c.contactFamily = text("contactFamily");
    c.contactFamilyKana = text("contactFamilyKana");
    c.contactGiven = text("contactGiven");
    c.contactGivenKana = text("contactGivenKana");
    c.postalCode = text("postalCode");
    c.prefecture = text("prefecture");
    c.address1 = text("address1");
    c.address1Kana = text("address1Kana");
    c.address2 = text("address2");
    c.address2Kana = text("address2Kana");
    c.email = text("email");
    c.phone = text("phone");
    c.subdomain = text("subdomain");
    c.reportDay = int(in.integer(QStringLiteral("reportDay"), JsonReader::Optional, 1, 31, 31));
    c.remark = text("remark", 4000);
    c.language = in.optionalString(QStringLiteral("language")).value_or(QStringLiteral("ja"));
    c.mailOnFault = in.boolean(QStringLiteral("mailOnFault"), JsonReader::Optional);
    const QJsonObject notify = in.object(QStringLiteral("notify"), JsonReader::Optional);
    JsonReader switches(notify, QStringLiteral("notify"));
    c.notify = {switches.boolean(QStringLiteral("vpn"), JsonReader::Optional),
                switches.boolean(QStringLiteral("box"), JsonReader::Optional),
                switches.boolean(QStringLiteral("device"), JsonReader::Optional)};
    const QString at = text("registeredAt");
    c.registeredAt = fromIso(at);
    if (!at.isEmpty() && !c.registeredAt.isValid())
        in.fail(QStringLiteral("registeredAt"), QStringLiteral("registeredAt is no ISO 8601 time."));
    if (!in.ok())
        return in.error();
    if (!switches.ok())
        return switches.error();
    return c;
}

QJsonObject CustomerClient::body(const Customer &customer)
{
    QJsonObject json = customer.toJson();
    json.remove(QStringLiteral("registered"));
    json.remove(QStringLiteral("registeredAt"));
    return json;
}

void CustomerClient::get(QObject *context, Then<Customer> done) const
{
    send<Customer>(
        to(api::RouteId::CustomerShow), {}, context, [](const ApiReply &r) { return read(r.object()); },
        std::move(done));
}

void CustomerClient::save(const Customer &customer, QObject *context, Then<Customer> done) const
{
    send<Customer>(
        to(api::RouteId::CustomerUpdate), body(customer), context,
        [customer](const ApiReply &r) { return r.object().isEmpty() ? Result<Customer>(customer) : read(r.object()); },
        std::move(done));
}

} // namespace mente::console
