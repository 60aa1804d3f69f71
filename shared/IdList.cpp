// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/IdList.h"

#include <QJsonArray>

namespace mente {

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
        const double d = array.at(i).toDouble(-1);
        if (!array.at(i).isDouble() || d < 1 || d != double(qint64(d)))
            return Error::validation(QStringLiteral("ids[%1]").arg(i),
                                     QStringLiteral("An id is a positive whole number."));
        if (!ids.contains(qint64(d)))
            ids << qint64(d);
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
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 1 || d != double(qint64(d)))
            return Error::validation(field, QStringLiteral("An id is a positive whole number."));
        ids << qint64(d);
    }
    return ids;
}

} // namespace mente
