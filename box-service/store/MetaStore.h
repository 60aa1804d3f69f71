// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"
#include "store/ReadCache.h"

#include <QJsonObject>

#include <optional>

namespace mente::box {

// Small named values of the box: its serial, the customer record, the licence, the address mode.
class MetaStore
{
public:
    explicit MetaStore(Database &db) : m_db(db), m_cache(db) {}

    // The value, nullopt when the key is absent, or an "internal" error when the read failed.
    Result<std::optional<QString>> read(const QString &key) const;
    Result<QJsonObject> readObject(const QString &key) const; // empty when absent
    // For readers that fall back to the same default either way (a state shown on /status):
    // nullopt (an empty object) when absent or when the read failed (logged; never kept, so the
    // next read asks the database again).
    std::optional<QString> value(const QString &key) const;
    QJsonObject object(const QString &key) const;
    Status setValue(const QString &key, const QString &value);
    Status setObject(const QString &key, const QJsonObject &value);

private:
    Database &m_db;
    ReadCache<QString, QString> m_cache;
};

} // namespace mente::box
