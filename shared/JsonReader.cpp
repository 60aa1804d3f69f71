// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/JsonReader.h"

#include "shared/TimeFormat.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace mente {

Result<QJsonObject> parseJsonObject(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return Error{QStringLiteral("json"), QStringLiteral("The request body is empty; a JSON object is expected."), {}};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{QStringLiteral("json"),
                     QStringLiteral("The body is not valid JSON (%1 at offset %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset),
                     {}};
    if (!document.isObject())
        return Error{QStringLiteral("json"), QStringLiteral("The body must be a JSON object."), {}};
    return document.object();
}

JsonReader::JsonReader(const QJsonObject &object, const QString &prefix)
    : m_object(object), m_prefix(prefix)
{
}

bool JsonReader::has(const QString &key) const
{
    return m_object.contains(key);
}

QString JsonReader::fieldName(const QString &key) const
{
    return m_prefix.isEmpty() ? key : m_prefix + QLatin1Char('.') + key;
}

void JsonReader::fail(const QString &key, const QString &message)
{
    if (!m_error)
        m_error = Error::validation(fieldName(key), message);
}

QString JsonReader::string(const QString &key, Presence presence, int maxLength)
{
    const auto value = optionalString(key, maxLength);
    if (!ok())
        return {};
    if (presence == Required && (!value || value->isEmpty())) {
        fail(key, QStringLiteral("%1 is required.").arg(fieldName(key)));
        return {};
    }
    return value.value_or(QString());
}

std::optional<QString> JsonReader::optionalString(const QString &key, int maxLength)
{
    if (!ok() || !m_object.contains(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (value.isNull())
        return QString();
    if (!value.isString()) {
        fail(key, QStringLiteral("%1 must be a string.").arg(fieldName(key)));
        return std::nullopt;
    }
    const QString text = value.toString().trimmed();
    if (text.size() > maxLength) {
        fail(key, QStringLiteral("%1 is longer than %2 characters.").arg(fieldName(key)).arg(maxLength));
        return std::nullopt;
    }
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control) {
            fail(key, QStringLiteral("%1 contains a control character.").arg(fieldName(key)));
            return std::nullopt;
        }
    }
    return text;
}

bool JsonReader::boolean(const QString &key, Presence presence, bool fallback)
{
    const auto value = optionalBoolean(key);
    if (ok() && !value && presence == Required)
        fail(key, QStringLiteral("%1 is required.").arg(fieldName(key)));
    return value.value_or(fallback);
}

std::optional<bool> JsonReader::optionalBoolean(const QString &key)
{
    if (!ok() || !m_object.contains(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isBool()) {
        fail(key, QStringLiteral("%1 must be true or false.").arg(fieldName(key)));
        return std::nullopt;
    }
    return value.toBool();
}

qint64 JsonReader::integer(const QString &key, Presence presence, qint64 min, qint64 max, qint64 fallback)
{
    const auto value = optionalInteger(key, min, max);
    if (ok() && !value && presence == Required)
        fail(key, QStringLiteral("%1 is required.").arg(fieldName(key)));
    return value.value_or(fallback);
}

std::optional<qint64> JsonReader::optionalInteger(const QString &key, qint64 min, qint64 max)
{
    if (!ok() || !m_object.contains(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::isnan(number) || std::floor(number) != number) {
        fail(key, QStringLiteral("%1 must be a whole number.").arg(fieldName(key)));
        return std::nullopt;
    }
    // double(max) may round up to 2^63, which qint64 does not hold: the cast below would be undefined.
    if (number < double(min) || number > double(max) || number >= 9223372036854775808.0) {
        fail(key, QStringLiteral("%1 must be between %2 and %3.").arg(fieldName(key)).arg(min).arg(max));
        return std::nullopt;
    }
    return qint64(number);
}

QJsonObject JsonReader::object(const QString &key, Presence presence)
{
    if (!ok())
        return {};
    if (!m_object.contains(key)) {
        if (presence == Required)
            fail(key, QStringLiteral("%1 is required.").arg(fieldName(key)));
        return {};
    }
    const QJsonValue value = m_object.value(key);
    if (!value.isObject()) {
        fail(key, QStringLiteral("%1 must be an object.").arg(fieldName(key)));
        return {};
    }
    return value.toObject();
}

QDateTime JsonReader::time(const QString &key, Presence presence)
{
    if (!ok())
        return {};
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (presence == Required)
            fail(key, QStringLiteral("%1 is required.").arg(fieldName(key)));
        return {};
    }
    const QDateTime t = value.isString() ? fromIso(value.toString()) : QDateTime();
    if (!t.isValid())
        fail(key, QStringLiteral("%1 must be a time like 2026-11-25T10:00:00Z.").arg(fieldName(key)));
    return t;
}

} // namespace mente
