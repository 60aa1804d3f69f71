// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SshKeyStore.h"

#include "shared/TimeFormat.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace mente::box {

namespace {
const QString kSelect = QStringLiteral("SELECT id, operator_id, type, fingerprint, comment, created_at FROM ssh_keys");

SshKey fromRow(const QSqlQuery &q)
{
    SshKey k;
    k.id = q.value(0).toLongLong();
    k.operatorId = q.value(1).toLongLong();
    k.type = q.value(2).toString();
    k.fingerprint = q.value(3).toString();
    k.comment = q.value(4).toString();
    k.createdAt = fromIso(q.value(5).toString());
    return k;
}

std::optional<SshKey> one(QSqlQuery &q)
{
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}
} // namespace

QList<SshKey> SshKeyStore::list(qint64 operatorId) const
{
    QSqlQuery q = m_db.query();
    q.prepare(kSelect + QStringLiteral(" WHERE operator_id = ? ORDER BY id"));
    bind(q, operatorId);
    QList<SshKey> keys;
    if (!q.exec())
        return keys;
    while (q.next())
        keys.append(fromRow(q));
    return keys;
}

std::optional<SshKey> SshKeyStore::byId(qint64 operatorId, qint64 keyId) const
{
    QSqlQuery q = m_db.query();
    q.prepare(kSelect + QStringLiteral(" WHERE id = ? AND operator_id = ?"));
    bind(q, keyId);
    bind(q, operatorId);
    return one(q);
}

std::optional<SshKey> SshKeyStore::byFingerprint(const QString &fingerprint) const
{
    QSqlQuery q = m_db.query();
    q.prepare(kSelect + QStringLiteral(" WHERE fingerprint = ?"));
    bind(q, fingerprint);
    return one(q);
}

Result<SshKey> SshKeyStore::insert(qint64 operatorId, const SshPublicKey &key, const QDateTime &at)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO ssh_keys(operator_id, type, blob, fingerprint, comment, created_at)"
                             " VALUES(?,?,?,?,?,?)"));
    bind(q, operatorId);
    bind(q, key.type);
    bind(q, QString::fromLatin1(key.blob.toBase64()));
    bind(q, key.fingerprint());
    bind(q, key.comment);
    bind(q, toIso(at));
    if (const Status s = exec(q); !s)
        return s.error();
    SshKey stored;
    stored.id = q.lastInsertId().toLongLong();
    stored.operatorId = operatorId;
    stored.type = key.type;
    stored.fingerprint = key.fingerprint();
    stored.comment = key.comment;
    stored.createdAt = at;
    return stored;
}

Status SshKeyStore::remove(qint64 keyId)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM ssh_keys WHERE id = ?"));
    bind(q, keyId);
    return exec(q);
}

} // namespace mente::box
