// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/Event.h"

#include "shared/JsonReader.h"
#include "shared/TimeFormat.h"

namespace mente {

QJsonObject Event::toJson() const
{
    QJsonObject json{
        {QStringLiteral("seq"), seq},
        {QStringLiteral("at"), toIsoOrNull(at)},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("id"), id},
        {QStringLiteral("from"), from},
        {QStringLiteral("to"), to},
    };
    if (!cause.isEmpty())
        json.insert(QStringLiteral("cause"), cause);
    if (!detail.isEmpty())
        json.insert(QStringLiteral("detail"), detail);
    return json;
}

Result<Event> Event::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Event e;
    e.seq = r.integer(QStringLiteral("seq"), JsonReader::Required, 1, std::numeric_limits<qint64>::max() / 2);
    e.at = fromIso(r.string(QStringLiteral("at"), JsonReader::Optional, 40));
    e.kind = r.string(QStringLiteral("kind"), JsonReader::Required, 32);
    e.id = r.integer(QStringLiteral("id"), JsonReader::Optional, 0, std::numeric_limits<qint64>::max() / 2);
    e.from = r.string(QStringLiteral("from"), JsonReader::Optional, 32);
    e.to = r.string(QStringLiteral("to"), JsonReader::Optional, 32);
    e.cause = r.string(QStringLiteral("cause"), JsonReader::Optional, 256);
    if (r.has(QStringLiteral("detail")))
        e.detail = r.object(QStringLiteral("detail"), JsonReader::Optional);
    if (!r.ok())
        return r.error();
    return e;
}

} // namespace mente
