// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/OutboxMail.h"

#include "shared/JsonReader.h"
#include "shared/TimeFormat.h"

#include <QJsonArray>

namespace mente {

QJsonObject OutboxMail::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("createdAt"), toIsoOrNull(createdAt)},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("language"), language},
        {QStringLiteral("recipients"), QJsonArray::fromStringList(recipients)},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("state"), state},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("nextAttemptAt"), toIsoOrNull(nextAttemptAt)},
        {QStringLiteral("lastError"), lastError},
        {QStringLiteral("sentAt"), toIsoOrNull(sentAt)},
        {QStringLiteral("eventSeq"), eventSeq},
        {QStringLiteral("interruptedSends"), interruptedSends},
    };
}

Result<OutboxMail> OutboxMail::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    OutboxMail m;
    m.id = r.integer(QStringLiteral("id"), JsonReader::Required, 1, std::numeric_limits<qint64>::max() / 2);
    m.createdAt = fromIso(r.string(QStringLiteral("createdAt"), JsonReader::Optional, 40));
    m.kind = r.string(QStringLiteral("kind"), JsonReader::Required, 32);
    m.language = r.string(QStringLiteral("language"), JsonReader::Optional, 8);
    m.subject = r.string(QStringLiteral("subject"), JsonReader::Optional, 1000);
    m.state = r.string(QStringLiteral("state"), JsonReader::Required, 32);
    m.attempts = int(r.integer(QStringLiteral("attempts"), JsonReader::Optional, 0, 1000000));
    m.nextAttemptAt = fromIso(r.string(QStringLiteral("nextAttemptAt"), JsonReader::Optional, 40));
    m.lastError = r.string(QStringLiteral("lastError"), JsonReader::Optional, 4000);
    m.sentAt = fromIso(r.string(QStringLiteral("sentAt"), JsonReader::Optional, 40));
    m.eventSeq = r.integer(QStringLiteral("eventSeq"), JsonReader::Optional, 0, std::numeric_limits<qint64>::max() / 2);
    m.interruptedSends = int(r.integer(QStringLiteral("interruptedSends"), JsonReader::Optional, 0, 1000000));
    const QJsonValue recipients = json.value(QStringLiteral("recipients"));
    if (!recipients.isUndefined() && !recipients.isArray())
        r.fail(QStringLiteral("recipients"), QStringLiteral("must be a list of e-mail addresses."));
    for (const QJsonValue &v : recipients.toArray())
        m.recipients << v.toString();
    if (!r.ok())
        return r.error();
    return m;
}

} // namespace mente
