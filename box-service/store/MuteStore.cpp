// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/MuteStore.h"

#include "shared/TimeFormat.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace mente::box {

namespace {
const QString kColumns = QStringLiteral("id, kind, target_id, until, created_at, created_by, reason");

Mute muteFromRow(const QSqlQuery &q)
{
    Mute m;
    m.id = q.value(0).toLongLong();
    m.kind = q.value(1).toString();
    m.targetId = q.value(2).toLongLong();
    m.until = fromIso(q.value(3).toString());
    m.createdAt = fromIso(q.value(4).toString());
    m.createdBy = q.value(5).toString();
    m.reason = q.value(6).toString();
    return m;
}

QDateTime latestEnd(QSqlQuery &q)
{
    if (!q.exec() || !q.next())
        return {};
    return fromIso(q.value(0).toString());
}
} // namespace

Result<Mute> MuteStore::add(const QString &kind, qint64 targetId, const QDateTime &until, const QString &reason,
                            const QString &createdBy, const QDateTime &now)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO mutes(kind, target_id, until, created_at, created_by, reason)"
                             " VALUES(?, ?, ?, ?, ?, ?)"));
    bind(q, kind);
    bind(q, targetId);
    bind(q, toIso(until));
    bind(q, toIso(now));
    bind(q, createdBy);
    bind(q, reason);
    if (const Status s = exec(q); !s)
        return s.error();
    return *byId(q.lastInsertId().toLongLong());
}

QList<Mute> MuteStore::running(const QDateTime &now) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM mutes WHERE until > ? ORDER BY id").arg(kColumns));
    bind(q, toIso(now));
    QList<Mute> list;
    if (q.exec())
        while (q.next())
            list.append(muteFromRow(q));
    return list;
}

std::optional<Mute> MuteStore::byId(qint64 id) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM mutes WHERE id = ?").arg(kColumns));
    bind(q, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return muteFromRow(q);
}

Status MuteStore::remove(qint64 id)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM mutes WHERE id = ?"));
    bind(q, id);
    return exec(q);
}

QDateTime MuteStore::coveringUntil(const QString &kind, qint64 targetId, qint64 deviceId, const QDateTime &now) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT MAX(until) FROM mutes WHERE until > ? AND (kind = 'box'"
                             " OR (kind = 'device' AND target_id = ?) OR (kind = ? AND target_id = ?))"));
    bind(q, toIso(now));
    bind(q, deviceId);
    bind(q, kind);
    bind(q, targetId);
    return latestEnd(q);
}

QDateTime MuteStore::boxUntil(const QDateTime &now) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT MAX(until) FROM mutes WHERE until > ? AND kind = 'box'"));
    bind(q, toIso(now));
    return latestEnd(q);
}

} // namespace mente::box
