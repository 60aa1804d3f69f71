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

    std::optional<QString> value(const QString &key) const;
    Status setValue(const QString &key, const QString &value);
    QJsonObject object(const QString &key) const; // empty when absent
    Status setObject(const QString &key, const QJsonObject &value);

private:
    Database &m_db;
    ReadCache<QString, QString> m_cache;
};

} // namespace mente::box
