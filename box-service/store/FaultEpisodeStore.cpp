// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/FaultEpisodeStore.h"

#include "shared/TimeFormat.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace mente::box {

Status FaultEpisodeStore::begin(const FaultEpisode &e)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO fault_mail_episodes(kind, target_id, started_at, last_mailed_at,"
                             " event_seq, cause) VALUES(?,?,?,?,?,?) ON CONFLICT(kind, target_id) DO UPDATE SET"
                             " started_at = excluded.started_at, last_mailed_at = excluded.last_mailed_at,"
                             " event_seq = excluded.event_seq, cause = excluded.cause"));
    bind(q, e.kind);
    bind(q, e.targetId);
    bind(q, toIso(e.startedAt));
    bind(q, toIso(e.lastMailedAt));
    bind(q, e.eventSeq);
    bind(q, e.cause);
    return exec(q);
}

Status FaultEpisodeStore::markMailed(const QString &kind, qint64 targetId, const QDateTime &at)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE fault_mail_episodes SET last_mailed_at = ? WHERE kind = ? AND target_id = ?"));
    bind(q, toIso(at));
    bind(q, kind);
    bind(q, targetId);
    return exec(q);
}

Status FaultEpisodeStore::end(const QString &kind, qint64 targetId)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM fault_mail_episodes WHERE kind = ? AND target_id = ?"));
    bind(q, kind);
    bind(q, targetId);
    return exec(q);
}

std::optional<FaultEpisode> FaultEpisodeStore::of(const QString &kind, qint64 targetId) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT started_at, last_mailed_at, event_seq, cause FROM fault_mail_episodes"
                             " WHERE kind = ? AND target_id = ?"));
    bind(q, kind);
    bind(q, targetId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return FaultEpisode{kind,
                        targetId,
                        fromIso(q.value(0).toString()),
                        fromIso(q.value(1).toString()),
                        q.value(2).toLongLong(),
                        q.value(3).toString()};
}

QList<FaultEpisode> FaultEpisodeStore::all() const
{
    QList<FaultEpisode> list;
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT kind, target_id, started_at, last_mailed_at, event_seq, cause"
                               " FROM fault_mail_episodes ORDER BY started_at")))
        return list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toLongLong(), fromIso(q.value(2).toString()),
                     fromIso(q.value(3).toString()), q.value(4).toLongLong(), q.value(5).toString()});
    return list;
}

int FaultEpisodeStore::count() const
{
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM fault_mail_episodes")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace mente::box
