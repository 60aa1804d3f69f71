// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/DiscoveryStore.h"

#include "shared/TimeFormat.h"
#include "store/Database.h"

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

Result<qint64> DiscoveryStore::insertRun(const DiscoveryRun &run)
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

Status DiscoveryStore::finishRun(const DiscoveryRun &run)
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

std::optional<DiscoveryRun> DiscoveryStore::latestRun() const
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

Status DiscoveryStore::failInterrupted(const QDateTime &now)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE discovery_runs SET state = 'failed', error = 'The box stopped during the sweep.',"
                             " finished_at = ? WHERE state = 'running'"));
    q.addBindValue(toIso(now));
    return exec(q);
}

Result<DiscoveryStore::Seen> DiscoveryStore::seen(const QString &ip, const QString &mac, const QString &hostname,
                                                  const QString &vendor, const QDateTime &now)
{
    QSqlQuery find = m_db.query();
    find.prepare(QStringLiteral("SELECT id, gone FROM devices WHERE ip = ?"));
    find.addBindValue(ip);
    if (const Status s = exec(find); !s)
        return s.error();
    Seen seen;
    if (find.next()) {
        seen.deviceId = find.value(0).toLongLong();
        seen.wasGone = find.value(1).toBool();
        QSqlQuery q = m_db.query();
        q.prepare(QStringLiteral("UPDATE devices SET mac = CASE WHEN ? = '' THEN mac ELSE ? END,"
                                 " hostname = CASE WHEN ? = '' THEN hostname ELSE ? END,"
                                 " vendor = CASE WHEN ? = '' THEN vendor ELSE ? END,"
                                 " first_seen = COALESCE(first_seen, ?), last_seen = ?, missed_sweeps = 0, gone = 0"
                                 " WHERE id = ?"));
        for (const QString &value : {mac, hostname, vendor}) {
            q.addBindValue(nonNull(value));
            q.addBindValue(nonNull(value));
        }
        q.addBindValue(toIso(now));
        q.addBindValue(toIso(now));
        q.addBindValue(seen.deviceId);
        if (const Status s = exec(q); !s)
            return s.error();
        return seen;
    }
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO devices (ip, mac, hostname, vendor, first_seen, last_seen)"
                             " VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(ip);
    q.addBindValue(nonNull(mac));
    q.addBindValue(nonNull(hostname));
    q.addBindValue(nonNull(vendor));
    q.addBindValue(toIso(now));
    q.addBindValue(toIso(now));
    if (const Status s = exec(q); !s)
        return s.error();
    seen.deviceId = q.lastInsertId().toLongLong();
    seen.isNew = true;
    return seen;
}

Result<QList<DiscoveryStore::Gone>> DiscoveryStore::missed(const QSet<QString> &sweptIps, const QSet<QString> &seenIps,
                                                           int goneAfter)
{
    QSqlQuery all = m_db.query();
    if (const Status s = exec(all, QStringLiteral("SELECT id, ip, missed_sweeps, gone FROM devices")); !s)
        return s.error();
    QList<Gone> goneNow;
    while (all.next()) {
        const QString ip = all.value(1).toString();
        if (!sweptIps.contains(ip) || seenIps.contains(ip))
            continue;
        const qint64 id = all.value(0).toLongLong();
        const int missedSweeps = all.value(2).toInt() + 1;
        const bool wasGone = all.value(3).toBool();
        const bool goneAfterThis = missedSweeps >= goneAfter;
        QSqlQuery q = m_db.query();
        q.prepare(QStringLiteral("UPDATE devices SET missed_sweeps = ?, gone = ? WHERE id = ?"));
        q.addBindValue(missedSweeps);
        q.addBindValue(goneAfterThis || wasGone ? 1 : 0);
        q.addBindValue(id);
        if (const Status s = exec(q); !s)
            return s.error();
        if (goneAfterThis && !wasGone)
            goneNow.append({id, ip});
    }
    return goneNow;
}

} // namespace mente::box
