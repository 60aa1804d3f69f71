// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"
#include "store/Database.h"

#include <QHash>

#include <optional>

namespace mente::box {

// Rows a repository has read, kept for the API's hot path: every request reads its session and
// operator, every GET /status the customer, the licence and a few meta values (each a fresh
// SQLite statement otherwise). Only for a table whose one writer is that repository
// (unit_store_boundary holds that): each of its writes clears the cache. A row read inside a
// transaction is not kept, since the transaction may roll back. A read that failed (the SQL did
// not run) is not kept either: it is an error for the caller, never "no such row", and the next
// read asks the database again. The box's process is the one writer of its database while it
// runs; an edit from outside is seen after a restart.
template<typename Key, typename Row> class ReadCache
{
public:
    using Lookup = Result<std::optional<Row>>; // the row, no row (nullopt), or the read failed

    explicit ReadCache(const Database &db) : m_db(db) {}

    template<typename Load> Lookup get(const Key &key, Load load) const
    {
        if (m_db.inTransaction())
            return load();
        if (const auto it = m_rows.constFind(key); it != m_rows.constEnd())
            return *it;
        Lookup row = load();
        if (!row.ok())
            return row;
        if (m_rows.size() >= kMaxRows) // tokens nobody holds must not grow it
            m_rows.clear();
        m_rows.insert(key, row.value());
        return row;
    }
    void clear() { m_rows.clear(); }

private:
    static constexpr qsizetype kMaxRows = 1024;
    const Database &m_db;
    mutable QHash<Key, std::optional<Row>> m_rows;
};

} // namespace mente::box
