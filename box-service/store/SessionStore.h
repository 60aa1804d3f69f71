// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"
#include "store/ReadCache.h"

#include <QDateTime>

#include <optional>

namespace mente::box {

struct StoredSession
{
    QString tokenHash;
    qint64 operatorId = 0;
    QDateTime expiresAt;
};

// Login sessions: only the SHA-256 of each token is stored, never the token.
class SessionStore
{
public:
    explicit SessionStore(Database &db) : m_db(db), m_cache(db) {}

    Status insert(const StoredSession &session, const QDateTime &createdAt, const QString &address);
    // The session, nullopt when there is none, or an "internal" error when the read failed.
    Result<std::optional<StoredSession>> find(const QString &tokenHash) const;
    Status remove(const QString &tokenHash);
    Status removeForOperator(qint64 operatorId, const QString &keepTokenHash = {});
    Status removeExpired(const QDateTime &now);

private:
    Database &m_db;
    ReadCache<QString, StoredSession> m_cache; // by token hash
};

} // namespace mente::box
