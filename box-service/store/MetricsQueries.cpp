// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/MetricsQueries.h"

#include "shared/TimeFormat.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace mente::box {

qint64 MetricsQueries::scalar(const QString &sql) const
{
    QSqlQuery q = m_db.query();
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
}

QList<std::pair<QString, qint64>> MetricsQueries::counts(const QString &sql) const
{
    QList<std::pair<QString, qint64>> out;
    QSqlQuery q = m_db.query();
    if (q.exec(sql))
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

qint64 MetricsQueries::lastEventSeq() const
{
    return scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events"));
}

QList<std::pair<QString, qint64>> MetricsQueries::eventsByKind() const
{
    return counts(QStringLiteral("SELECT kind, COUNT(*) FROM events GROUP BY kind ORDER BY kind"));
}

QList<std::pair<QString, qint64>> MetricsQueries::scansByState() const
{
    return counts(QStringLiteral("SELECT state, COUNT(*) FROM scans GROUP BY state"));
}

qint64 MetricsQueries::discoveryRuns() const
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM discovery_runs"));
}

qint64 MetricsQueries::outboxWaiting() const
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state NOT IN ('sent', 'failed-permanently')"));
}

std::optional<QDateTime> MetricsQueries::outboxOldestWaiting() const
{
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT MIN(created_at) FROM outbox WHERE state IN ('queued', 'sending')")) || !q.next()
        || q.value(0).isNull())
        return std::nullopt;
    return fromIso(q.value(0).toString());
}

qint64 MetricsQueries::outboxFailed() const
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'failed-permanently'"));
}

} // namespace mente::box
