// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/IdList.h"

#include <QJsonArray>

#include <optional>

namespace mente {

namespace {
// A JSON number as an id: whole, from 1 to 2^53 (the largest a JSON number holds exactly). The range
// is checked before the cast: a double beyond qint64 cast to it is undefined behaviour.
std::optional<qint64> idOf(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!(d >= 1 && d <= 9007199254740992.0) || d != double(qint64(d)))
        return std::nullopt;
    return qint64(d);
}
} // namespace

Result<QList<qint64>> idsFromJson(const QJsonObject &body, const QString &what)
{
    const QJsonValue value = body.value(QStringLiteral("ids"));
    if (!value.isArray())
        return Error::validation(QStringLiteral("ids"), QStringLiteral("ids must be an array of %1.").arg(what));
    QList<qint64> ids;
    const QJsonArray array = value.toArray();
    if (array.size() > 1000)
        return Error::validation(QStringLiteral("ids"), QStringLiteral("At most 1000 ids at once."));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const std::optional<qint64> id = idOf(array.at(i));
        if (!id)
            return Error::validation(QStringLiteral("ids[%1]").arg(i),
                                     QStringLiteral("An id is a positive whole number."));
        if (!ids.contains(*id))
            ids << *id;
    }
    return ids;
}

QJsonArray idsToJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return array;
}

Result<QList<qint64>> idArrayFromJson(const QJsonValue &value, const QString &field)
{
    if (!value.isArray())
        return Error::validation(field, QStringLiteral("%1 must be an array of ids.").arg(field));
    QList<qint64> ids;
    for (const QJsonValue v : value.toArray()) {
        const std::optional<qint64> id = idOf(v);
        if (!id)
            return Error::validation(field, QStringLiteral("An id is a positive whole number."));
        ids << *id;
    }
    return ids;
}

} // namespace mente
