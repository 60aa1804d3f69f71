// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/DiscoveryRunStore.h"

#include "shared/TimeFormat.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace mente::box {

namespace {
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text; // a null QString binds as SQL NULL
}
QString joined(const QStringList &list)
{
    return nonNull(list.join(QLatin1Char(',')));
}
} // namespace

Result<qint64> DiscoveryRunStore::insertRun(const DiscoveryRun &run)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO discovery_runs (state, trigger_kind, methods, cidrs, hosts_total, started_at)"
                             " VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(run.state);
    q.addBindValue(nonNull(run.trigger));
    q.addBindValue(joined(run.methods));
    q.addBindValue(joined(run.cidrs));
    q.addBindValue(run.hostsTotal);
    q.addBindValue(toIso(run.startedAt));
    if (const Status s = exec(q); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status DiscoveryRunStore::finishRun(const DiscoveryRun &run)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE discovery_runs SET state = ?, methods = ?, hosts_done = ?, hosts_total = ?,"
                             " found = ?, added = ?, gone = ?, error = ?, finished_at = ? WHERE id = ?"));
    q.addBindValue(run.state);
    q.addBindValue(joined(run.methods));
    q.addBindValue(run.hostsDone);
    q.addBindValue(run.hostsTotal);
    q.addBindValue(run.found);
    q.addBindValue(run.added);
    q.addBindValue(run.gone);
    q.addBindValue(nonNull(run.error));
    q.addBindValue(toIso(run.finishedAt));
    q.addBindValue(run.id);
    return exec(q);
}

std::optional<DiscoveryRun> DiscoveryRunStore::latestRun() const
{
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT id, state, trigger_kind, methods, cidrs, hosts_done, hosts_total, found, added,"
                               " gone, error, started_at, finished_at FROM discovery_runs ORDER BY id DESC LIMIT 1"))
        || !q.next())
        return std::nullopt;
    DiscoveryRun r;
    r.id = q.value(0).toLongLong();
    r.state = q.value(1).toString();
    r.trigger = q.value(2).toString();
    r.methods = q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.cidrs = q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.hostsDone = q.value(5).toInt();
    r.hostsTotal = q.value(6).toInt();
    r.found = q.value(7).toInt();
    r.added = q.value(8).toInt();
    r.gone = q.value(9).toInt();
    r.error = q.value(10).toString();
    r.startedAt = fromIso(q.value(11).toString());
    r.finishedAt = fromIso(q.value(12).toString());
    return r;
}

Status DiscoveryRunStore::failInterrupted(const QDateTime &now)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE discovery_runs SET state = 'failed', error = 'The box stopped during the sweep.',"
                             " finished_at = ? WHERE state = 'running'"));
    q.addBindValue(toIso(now));
    return exec(q);
}

} // namespace mente::box
