// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/BoxRunLog.h"

#include "shared/TimeFormat.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace mente::box {

Status BoxRunLog::begin(const QDateTime &at)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO box_runs(started_at, alive_at) VALUES(?, ?)"));
    bind(q, toIso(at));
    bind(q, toIso(at));
    if (const Status s = exec(q); !s)
        return s;
    m_current = q.lastInsertId().toLongLong();
    return success();
}

Status BoxRunLog::alive(const QDateTime &at)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE box_runs SET alive_at = ? WHERE id = ?"));
    bind(q, toIso(at));
    bind(q, m_current);
    return exec(q);
}

Status BoxRunLog::end(const QDateTime &at)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE box_runs SET alive_at = ?, stopped_at = ? WHERE id = ?"));
    bind(q, toIso(at));
    bind(q, toIso(at));
    bind(q, m_current);
    return exec(q);
}

QList<TimeSpan> BoxRunLog::gaps(const QDateTime &from, const QDateTime &to) const
{
    QList<TimeSpan> out;
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT started_at, COALESCE(stopped_at, alive_at) FROM box_runs ORDER BY id")))
        return out;
    QDateTime previousEnd;
    while (q.next()) {
        const QDateTime started = fromIso(q.value(0).toString());
        const QDateTime ended = fromIso(q.value(1).toString());
        if (previousEnd.isValid() && started > previousEnd) {
            const QDateTime a = std::max(previousEnd, from);
            const QDateTime b = std::min(started, to);
            if (a < b)
                out.append({a, b});
        }
        if (!previousEnd.isValid() || ended > previousEnd)
            previousEnd = ended;
    }
    return out;
}

QDateTime BoxRunLog::firstSeen() const
{
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT MIN(t) FROM (SELECT MIN(started_at) AS t FROM box_runs"
                               " UNION ALL SELECT MIN(at) FROM events)"))
        || !q.next())
        return {};
    return fromIso(q.value(0).toString());
}

} // namespace mente::box
