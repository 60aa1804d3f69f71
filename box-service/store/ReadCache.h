// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Database.h"

#include <QHash>

#include <optional>

namespace mente::box {

// Rows a repository has read, kept for the API's hot path: every request reads its session and
// operator, every GET /status the customer, the licence and a few meta values (each a fresh
// SQLite statement otherwise). Only for a table whose one writer is that repository
// (unit_store_boundary holds that): each of its writes clears the cache. A row read inside a
// transaction is not kept, since the transaction may roll back. The box's process is the one
// writer of its database while it runs; an edit from outside is seen after a restart.
template<typename Key, typename Row> class ReadCache
{
public:
    explicit ReadCache(const Database &db) : m_db(db) {}

    template<typename Load> std::optional<Row> get(const Key &key, Load load) const
    {
        if (m_db.inTransaction())
            return load();
        if (const auto it = m_rows.constFind(key); it != m_rows.constEnd())
            return *it;
        std::optional<Row> row = load();
        if (m_rows.size() >= kMaxRows) // tokens nobody holds must not grow it
            m_rows.clear();
        m_rows.insert(key, row);
        return row;
    }
    void clear() { m_rows.clear(); }

private:
    static constexpr qsizetype kMaxRows = 1024;
    const Database &m_db;
    mutable QHash<Key, std::optional<Row>> m_rows;
};

} // namespace mente::box
