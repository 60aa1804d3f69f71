// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/Acknowledgement.h"

#include "shared/IdList.h"
#include "shared/JsonReader.h"

#include <limits>

namespace mente {

QJsonObject Acknowledgement::toJson() const
{
    return {{QStringLiteral("kind"), kind}, {QStringLiteral("id"), id}, {QStringLiteral("acknowledged"), acknowledged}};
}

Result<Acknowledgement> Acknowledgement::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Acknowledgement a;
    a.kind = r.string(QStringLiteral("kind"), JsonReader::Required, 16);
    if (r.ok() && a.kind != QLatin1String("device") && a.kind != QLatin1String("port"))
        r.fail(QStringLiteral("kind"), QStringLiteral("kind must be \"device\" or \"port\"."));
    a.id = r.integer(QStringLiteral("id"), JsonReader::Required, 1, std::numeric_limits<qint64>::max() / 2);
    a.acknowledged = r.boolean(QStringLiteral("acknowledged"), JsonReader::Required);
    if (!r.ok())
        return r.error();
    return a;
}

QJsonObject BoxAcknowledgement::toJson() const
{
    return {{QStringLiteral("acknowledged"), count()},
            {QStringLiteral("devices"), idsToJson(devices)},
            {QStringLiteral("ports"), idsToJson(ports)}};
}

Result<BoxAcknowledgement> BoxAcknowledgement::fromJson(const QJsonObject &json)
{
    BoxAcknowledgement a;
    for (const auto &[key, list] :
         {std::pair{QStringLiteral("devices"), &a.devices}, {QStringLiteral("ports"), &a.ports}}) {
        auto ids = idArrayFromJson(json.value(key), key);
        if (!ids)
            return ids.error();
        *list = ids.value();
    }
    return a;
}

} // namespace mente
