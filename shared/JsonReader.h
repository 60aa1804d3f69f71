// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace mente {

// Parses a request body that must be one JSON object.
Result<QJsonObject> parseJsonObject(const QByteArray &body);

// Reads typed fields out of a JSON object and keeps the first error, named by its field.
// Once an error is recorded every further read returns its fallback, so a parser can read
// all its fields and check ok() once at the end.
class JsonReader
{
public:
    enum Presence { Required, Optional };

    explicit JsonReader(const QJsonObject &object, const QString &prefix = {});

    bool has(const QString &key) const;
    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }

    // Strings are trimmed; a required string must not be empty.
    QString string(const QString &key, Presence presence, int maxLength = 256);
    // A string that is present may still be null or "": returns "" then.
    std::optional<QString> optionalString(const QString &key, int maxLength = 256);
    bool boolean(const QString &key, Presence presence, bool fallback = false);
    std::optional<bool> optionalBoolean(const QString &key);
    qint64 integer(const QString &key, Presence presence, qint64 min, qint64 max, qint64 fallback = 0);
    std::optional<qint64> optionalInteger(const QString &key, qint64 min, qint64 max);
    QJsonObject object(const QString &key, Presence presence);
    // An ISO 8601 time ("2026-11-25T10:00:00Z"); an optional one may be absent or null (an
    // invalid QDateTime then).
    QDateTime time(const QString &key, Presence presence);

    // Records an error for a field unless one is recorded already.
    void fail(const QString &key, const QString &message);
    QString fieldName(const QString &key) const;

private:
    QJsonObject m_object;
    QString m_prefix;
    std::optional<Error> m_error;
};

} // namespace mente
