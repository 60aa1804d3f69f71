// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/Ack.h"

#include "shared/JsonReader.h"

#include <limits>

namespace mente {

QJsonObject AckResult::toJson() const
{
    return {{QStringLiteral("kind"), kind}, {QStringLiteral("id"), id}, {QStringLiteral("acknowledged"), acknowledged}};
}

Result<AckResult> AckResult::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    AckResult a;
    a.kind = r.string(QStringLiteral("kind"), JsonReader::Required, 16);
    if (r.ok() && a.kind != QLatin1String("device") && a.kind != QLatin1String("port"))
        r.fail(QStringLiteral("kind"), QStringLiteral("kind must be \"device\" or \"port\"."));
    a.id = r.integer(QStringLiteral("id"), JsonReader::Required, 1, std::numeric_limits<qint64>::max() / 2);
    a.acknowledged = r.boolean(QStringLiteral("acknowledged"), JsonReader::Required);
    if (!r.ok())
        return r.error();
    return a;
}

} // namespace mente
