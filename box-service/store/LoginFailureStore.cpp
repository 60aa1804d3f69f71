// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/LoginFailureStore.h"

#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace mente::box {

namespace {
// Milliseconds since the epoch: a lock of a few seconds must not end a second early.
QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}
QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}
} // namespace

QHash<QString, LoginFailures> LoginFailureStore::load(const QString &scope, const QDateTime &forgetBefore) const
{
    QHash<QString, LoginFailures> rows;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT key_hash, failures, last_failure_ms, locked_until_ms FROM login_failures"
                             " WHERE scope = ? AND (last_failure_ms >= ? OR locked_until_ms > ?)"));
    bind(q, scope);
    bind(q, forgetBefore.toMSecsSinceEpoch());
    bind(q, forgetBefore.toMSecsSinceEpoch());
    if (!q.exec())
        return rows;
    while (q.next())
        rows.insert(q.value(0).toString(), {q.value(1).toInt(), fromMs(q.value(2)), fromMs(q.value(3))});
    return rows;
}

Status LoginFailureStore::put(const QString &scope, const QString &keyHash, const LoginFailures &entry)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO login_failures(scope, key_hash, failures, last_failure_ms, locked_until_ms)"
                             " VALUES(?,?,?,?,?) ON CONFLICT(scope, key_hash) DO UPDATE SET"
                             " failures = excluded.failures, last_failure_ms = excluded.last_failure_ms,"
                             " locked_until_ms = excluded.locked_until_ms"));
    bind(q, scope);
    bind(q, keyHash);
    bind(q, entry.failures);
    bind(q, entry.lastFailure.toMSecsSinceEpoch());
    bind(q, msOrNull(entry.lockedUntil));
    return exec(q);
}

Status LoginFailureStore::remove(const QString &scope, const QString &keyHash)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM login_failures WHERE scope = ? AND key_hash = ?"));
    bind(q, scope);
    bind(q, keyHash);
    return exec(q);
}

Status LoginFailureStore::prune(const QString &scope, const QDateTime &forgetBefore, const QDateTime &now)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM login_failures WHERE scope = ? AND last_failure_ms < ?"
                             " AND (locked_until_ms IS NULL OR locked_until_ms <= ?)"));
    bind(q, scope);
    bind(q, forgetBefore.toMSecsSinceEpoch());
    bind(q, now.toMSecsSinceEpoch());
    return exec(q);
}

} // namespace mente::box
