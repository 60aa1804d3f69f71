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
                                                  const QString &vendor, const QDateTime &now,
                                                  const QSet<QString> &aliveIps)
{
    Seen seen;
    qint64 rowId = 0;
    QString rowMac;
    QSqlQuery byIp = m_db.query();
    byIp.prepare(QStringLiteral("SELECT id, gone, mac FROM devices WHERE ip = ?"));
    byIp.addBindValue(ip);
    if (const Status s = exec(byIp); !s)
        return s.error();
    if (byIp.next()) {
        rowId = byIp.value(0).toLongLong();
        seen.wasGone = byIp.value(1).toBool();
        rowMac = byIp.value(2).toString();
    }
    bool macKnown = false;
    if (!mac.isEmpty()) {
        // The rows that had this MAC; one whose address did not answer now is the same device moved.
        QSqlQuery byMac = m_db.query();
        byMac.prepare(QStringLiteral("SELECT id, ip, gone FROM devices WHERE mac = ? ORDER BY id"));
        byMac.addBindValue(mac);
        if (const Status s = exec(byMac); !s)
            return s.error();
        while (byMac.next()) {
            macKnown = true;
            const QString oldIp = byMac.value(1).toString();
            if (rowId == 0 && oldIp != ip && !aliveIps.contains(oldIp)) {
                rowId = byMac.value(0).toLongLong();
                seen.wasGone = byMac.value(2).toBool();
                seen.movedFrom = oldIp;
                rowMac = mac;
            }
        }
    }
    if (rowId != 0) {
        seen.deviceId = rowId;
        // Another device took this address: a MAC never seen before replaces the old one.
        seen.newDevice = !mac.isEmpty() && !macKnown && !rowMac.isEmpty() && rowMac != mac;
        QSqlQuery q = m_db.query();
        q.prepare(QStringLiteral("UPDATE devices SET ip = ?, mac = CASE WHEN ? = '' THEN mac ELSE ? END,"
                                 " hostname = CASE WHEN ? = '' THEN hostname ELSE ? END,"
                                 " vendor = CASE WHEN ? = '' THEN vendor ELSE ? END,"
                                 " first_seen = COALESCE(first_seen, ?), last_seen = ?, missed_sweeps = 0, gone = 0,"
                                 " is_new = CASE WHEN ? THEN 1 ELSE is_new END"
                                 " WHERE id = ?"));
        q.addBindValue(ip);
        for (const QString &value : {mac, hostname, vendor}) {
            q.addBindValue(nonNull(value));
            q.addBindValue(nonNull(value));
        }
        q.addBindValue(toIso(now));
        q.addBindValue(toIso(now));
        q.addBindValue(seen.newDevice ? 1 : 0);
        q.addBindValue(seen.deviceId);
        if (const Status s = exec(q); !s)
            return s.error();
        return seen;
    }
    seen.isNew = true;
    seen.newDevice = !macKnown; // a known MAC at a second address is no new device
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO devices (ip, mac, hostname, vendor, first_seen, last_seen, is_new)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(ip);
    q.addBindValue(nonNull(mac));
    q.addBindValue(nonNull(hostname));
    q.addBindValue(nonNull(vendor));
    q.addBindValue(toIso(now));
    q.addBindValue(toIso(now));
    q.addBindValue(seen.newDevice ? 1 : 0);
    if (const Status s = exec(q); !s)
        return s.error();
    seen.deviceId = q.lastInsertId().toLongLong();
    return seen;
}

Result<int> DiscoveryStore::clearNew(const QList<qint64> &ids)
{
    QSqlQuery q = m_db.query();
    if (ids.isEmpty()) {
        if (const Status s = exec(q, QStringLiteral("UPDATE devices SET is_new = 0 WHERE is_new = 1")); !s)
            return s.error();
        return q.numRowsAffected();
    }
    int cleared = 0;
    q.prepare(QStringLiteral("UPDATE devices SET is_new = 0 WHERE id = ? AND is_new = 1"));
    for (const qint64 id : ids) {
        q.addBindValue(id);
        if (const Status s = exec(q); !s)
            return s.error();
        cleared += q.numRowsAffected();
    }
    return cleared;
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
