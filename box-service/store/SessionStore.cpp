// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SessionStore.h"

#include "shared/TimeFormat.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace mente::box {

Status SessionStore::insert(const StoredSession &session, const QDateTime &createdAt, const QString &address)
{
    m_cache.clear();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
        "INSERT INTO sessions(token_hash, operator_id, created_at, expires_at, address) VALUES(?,?,?,?,?)"));
    bind(q, session.tokenHash);
    bind(q, session.operatorId);
    bind(q, toIso(createdAt));
    bind(q, toIso(session.expiresAt));
    bind(q, address);
    return exec(q);
}

Result<std::optional<StoredSession>> SessionStore::find(const QString &tokenHash) const
{
    return m_cache.get(tokenHash, [&]() -> Result<std::optional<StoredSession>> {
        QSqlQuery q = m_db.query();
        q.prepare(QStringLiteral("SELECT operator_id, expires_at FROM sessions WHERE token_hash = ?"));
        bind(q, tokenHash);
        if (!q.exec())
            return sqlError(q);
        if (!q.next())
            return std::optional<StoredSession>();
        return std::optional<StoredSession>(
            StoredSession{tokenHash, q.value(0).toLongLong(), fromIso(q.value(1).toString())});
    });
}

Status SessionStore::remove(const QString &tokenHash)
{
    m_cache.clear();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"));
    bind(q, tokenHash);
    return exec(q);
}

Status SessionStore::removeForOperator(qint64 operatorId, const QString &keepTokenHash)
{
    m_cache.clear();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE operator_id = ? AND token_hash <> ?"));
    bind(q, operatorId);
    bind(q, keepTokenHash);
    return exec(q);
}

Status SessionStore::removeExpired(const QDateTime &now)
{
    m_cache.clear();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE expires_at < ?"));
    bind(q, toIso(now));
    return exec(q);
}

} // namespace mente::box
