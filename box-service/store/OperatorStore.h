// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Operator.h"
#include "shared/Result.h"
#include "store/ReadCache.h"

#include <QList>

#include <optional>

namespace mente::box {

struct StoredOperator
{
    Operator op;
    QString passwordHash;
};

// Operator rows. Removal is soft: the row stays (removed_at set) for the audit log.
class OperatorStore
{
public:
    explicit OperatorStore(Database &db) : m_db(db), m_byId(db) {}

    // The operator, nullopt when no row has that id, or an "internal" error when the read failed.
    Result<std::optional<StoredOperator>> byId(qint64 id) const;
    std::optional<StoredOperator> activeByLogin(const QString &login) const;
    QList<Operator> list(bool includeRemoved) const;
    int count() const;
    // Enabled admins that are not removed, leaving out the given ids.
    int activeAdminCount(const QList<qint64> &excluding = {}) const;
    bool loginTaken(const QString &login, qint64 exceptId = 0) const;

    Result<qint64> insert(const Operator &op, const QString &passwordHash);
    Status update(const Operator &op);
    Status setPassword(qint64 id, const QString &passwordHash, bool mustChange);
    Status markRemoved(qint64 id, const QDateTime &at);

private:
    Database &m_db;
    ReadCache<qint64, StoredOperator> m_byId;
};

} // namespace mente::box
