// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/Licence.h"

#include "shared/JsonReader.h"
#include "shared/TimeFormat.h"
#include "shared/Validation.h"

namespace mente {

Licence Licence::startingOn(const QString &normalisedKey, const QDate &day)
{
    Licence licence;
    licence.key = normalisedKey;
    licence.startDate = day;
    licence.endDate = day.addYears(1).addDays(-1);
    return licence;
}

QJsonObject Licence::toJson(const QDate &today) const
{
    auto date = [](const QDate &d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); };
    return {
        {QStringLiteral("registered"), registered()},
        {QStringLiteral("key"), registered() ? QJsonValue(key) : QJsonValue()},
        {QStringLiteral("startDate"), date(startDate)},
        {QStringLiteral("endDate"), date(endDate)},
        {QStringLiteral("valid"), validOn(today)},
        {QStringLiteral("daysLeft"), registered() ? QJsonValue(daysLeft(today)) : QJsonValue()},
        {QStringLiteral("registeredAt"), toIsoOrNull(registeredAt)},
    };
}

Result<Licence> Licence::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Licence licence;
    licence.key = r.string(QStringLiteral("key"), JsonReader::Optional, 19);
    licence.startDate = QDate::fromString(r.string(QStringLiteral("startDate"), JsonReader::Optional, 10), Qt::ISODate);
    licence.endDate = QDate::fromString(r.string(QStringLiteral("endDate"), JsonReader::Optional, 10), Qt::ISODate);
    licence.registeredAt = fromIso(r.string(QStringLiteral("registeredAt"), JsonReader::Optional, 40));
    if (!r.ok())
        return r.error();
    return licence;
}

Result<QString> licenceKeyFromJson(const QJsonObject &json)
{
    JsonReader r(json);
    const QString key = r.string(QStringLiteral("key"), JsonReader::Required, 32);
    if (!r.ok())
        return r.error();
    if (const QString message = validation::checkLicenceKey(key); !message.isEmpty())
        return Error::validation(QStringLiteral("key"), message);
    return *validation::normalizeLicenceKey(key);
}

} // namespace mente
