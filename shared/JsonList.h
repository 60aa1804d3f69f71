// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

// Arrays in wire types: read with the element's own fromJson, errors named "key[3].field".
namespace mente {

namespace detail {
inline QString fieldName(const QString &key, const QString &prefix)
{
    return prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
}

// json[key] as an array; absent is an empty one.
inline Result<QJsonArray> arrayField(const QJsonObject &json, const QString &key, const QString &field)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined())
        return QJsonArray();
    if (!v.isArray())
        return Error::validation(field, QStringLiteral("%1 must be an array.").arg(field));
    return v.toArray();
}
} // namespace detail

// Reads json[key] (absent = empty) as an array of objects, each through T::fromJson(object, prefix).
// prefix names the enclosing object for the error ("report" gives "report.faults[2].kind").
template<typename T>
Result<QList<T>> readObjectList(const QJsonObject &json, const QString &key, const QString &prefix = {})
{
    const QString field = detail::fieldName(key, prefix);
    const auto array = detail::arrayField(json, key, field);
    if (!array)
        return array.error();
    QList<T> out;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString itemField = QStringLiteral("%1[%2]").arg(field).arg(i);
        if (!array->at(i).isObject())
            return Error::validation(itemField, QStringLiteral("%1 must be an object.").arg(itemField));
        auto item = T::fromJson(array->at(i).toObject(), itemField);
        if (!item)
            return item.error();
        out.append(item.value());
    }
    return out;
}

// Reads json[key] (absent = empty) as an array of strings.
inline Result<QStringList> readStringList(const QJsonObject &json, const QString &key, const QString &prefix = {})
{
    const QString field = detail::fieldName(key, prefix);
    const auto array = detail::arrayField(json, key, field);
    if (!array)
        return array.error();
    QStringList out;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString itemField = QStringLiteral("%1[%2]").arg(field).arg(i);
        if (!array->at(i).isString())
            return Error::validation(itemField, QStringLiteral("%1 must be a string.").arg(itemField));
        out.append(array->at(i).toString());
    }
    return out;
}

template<typename T> QJsonArray toJsonArray(const QList<T> &items)
{
    QJsonArray a;
    for (const T &item : items)
        a.append(item.toJson());
    return a;
}

} // namespace mente
