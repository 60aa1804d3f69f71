// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/Customer.h"

#include "shared/JsonReader.h"
#include "shared/TimeFormat.h"
#include "shared/Validation.h"

namespace mente {

QJsonObject Customer::toJson() const
{
    return {
        {QStringLiteral("company"), company},
        {QStringLiteral("companyKana"), companyKana},
        {QStringLiteral("contactFamily"), contactFamily},
        {QStringLiteral("contactFamilyKana"), contactFamilyKana},
        {QStringLiteral("contactGiven"), contactGiven},
        {QStringLiteral("contactGivenKana"), contactGivenKana},
        {QStringLiteral("postalCode"), postalCode},
        {QStringLiteral("prefecture"), prefecture},
        {QStringLiteral("address1"), address1},
        {QStringLiteral("address1Kana"), address1Kana},
        {QStringLiteral("address2"), address2},
        {QStringLiteral("address2Kana"), address2Kana},
        {QStringLiteral("email"), email},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("subdomain"), subdomain},
        {QStringLiteral("reportDay"), reportDay},
        {QStringLiteral("remark"), remark},
        {QStringLiteral("language"), language},
        {QStringLiteral("mailOnFault"), mailOnFault},
        {QStringLiteral("notify"), QJsonObject{{QStringLiteral("vpn"), notify.vpn},
                                               {QStringLiteral("box"), notify.box},
                                               {QStringLiteral("device"), notify.device}}},
        {QStringLiteral("registered"), registered()},
        {QStringLiteral("registeredAt"), toIsoOrNull(registeredAt)},
    };
}

Result<Customer> Customer::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Customer c;
    const auto req = JsonReader::Required;
    const auto opt = JsonReader::Optional;
    c.company = r.string(QStringLiteral("company"), req, 128);
    c.companyKana = r.string(QStringLiteral("companyKana"), opt, 128);
    c.contactFamily = r.string(QStringLiteral("contactFamily"), req, 64);
    c.contactFamilyKana = r.string(QStringLiteral("contactFamilyKana"), opt, 64);
    c.contactGiven = r.string(QStringLiteral("contactGiven"), req, 64);
    c.contactGivenKana = r.string(QStringLiteral("contactGivenKana"), opt, 64);
    c.postalCode = r.string(QStringLiteral("postalCode"), req, 16);
    c.prefecture = r.string(QStringLiteral("prefecture"), req, 16);
    c.address1 = r.string(QStringLiteral("address1"), req, 256);
    c.address1Kana = r.string(QStringLiteral("address1Kana"), opt, 256);
    c.address2 = r.string(QStringLiteral("address2"), opt, 256);
    c.address2Kana = r.string(QStringLiteral("address2Kana"), opt, 256);
    c.email = r.string(QStringLiteral("email"), req, 254);
    c.phone = r.string(QStringLiteral("phone"), req, 32);
    c.subdomain = r.string(QStringLiteral("subdomain"), req, 63);
    c.reportDay = int(r.integer(QStringLiteral("reportDay"), opt, 1, 31, 31));
    c.remark = r.string(QStringLiteral("remark"), opt, 2000);
    c.language = r.string(QStringLiteral("language"), opt, 8);
    c.mailOnFault = r.boolean(QStringLiteral("mailOnFault"), opt);
    if (r.has(QStringLiteral("notify"))) {
        JsonReader n(r.object(QStringLiteral("notify"), opt), QStringLiteral("notify"));
        c.notify.vpn = n.boolean(QStringLiteral("vpn"), opt);
        c.notify.box = n.boolean(QStringLiteral("box"), opt);
        c.notify.device = n.boolean(QStringLiteral("device"), opt);
        if (!n.ok())
            return n.error();
    }
    if (const auto at = r.optionalString(QStringLiteral("registeredAt"), 40))
        c.registeredAt = fromIso(*at);
    if (!r.ok())
        return r.error();

    if (c.language.isEmpty())
        c.language = QStringLiteral("ja");
    // Stored as typed, except that full-width digits and hyphens become ASCII (０３－… → 03-…).
    c.phone = validation::halfWidthNumber(c.phone);
    c.postalCode = validation::normalizePostalCode(c.postalCode);
    const std::pair<QString, QString> checks[] = {
        {QStringLiteral("companyKana"), validation::checkKana(c.companyKana)},
        {QStringLiteral("contactFamilyKana"), validation::checkKana(c.contactFamilyKana)},
        {QStringLiteral("contactGivenKana"), validation::checkKana(c.contactGivenKana)},
        {QStringLiteral("postalCode"), validation::checkPostalCode(c.postalCode)},
        {QStringLiteral("prefecture"), validation::checkPrefecture(c.prefecture)},
        {QStringLiteral("address1Kana"), validation::checkKana(c.address1Kana)},
        {QStringLiteral("address2Kana"), validation::checkKana(c.address2Kana)},
        {QStringLiteral("email"), validation::checkEmail(c.email)},
        {QStringLiteral("phone"), validation::checkPhone(c.phone)},
        {QStringLiteral("subdomain"), validation::checkDnsLabel(c.subdomain)},
        {QStringLiteral("language"), validation::checkLanguage(c.language)},
    };
    for (const auto &[field, message] : checks)
        if (!message.isEmpty())
            return Error::validation(field, message);
    return c;
}

Result<Customer> Customer::fromAnswer(const QJsonObject &json)
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

} // namespace mente
