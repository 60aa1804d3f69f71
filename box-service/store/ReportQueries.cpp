// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ReportQueries.h"

#include "shared/TimeFormat.h"
#include "store/Database.h"
#include "store/EventLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace mente::box {

namespace {
// "?, ?, ?" for a list bound value by value.
QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QList<QVariant> values(const QStringList &kinds)
{
    QList<QVariant> out;
    for (const QString &kind : kinds)
        out << kind;
    return out;
}
} // namespace

QList<Event> ReportQueries::events(const QString &where, const QList<QVariant> &values) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT seq, at, kind, target_id, from_state, to_state, cause, detail FROM events WHERE %1"
                             " ORDER BY seq")
                  .arg(where));
    for (const QVariant &v : values)
        bind(q, v);
    QList<Event> out;
    if (q.exec())
        while (q.next())
            out.append(EventLog::fromRow(q));
    return out;
}

QList<Event> ReportQueries::lastOfEachTargetBefore(const QStringList &kinds, const QDateTime &at) const
{
    return events(QStringLiteral("seq IN (SELECT MAX(seq) FROM events WHERE kind IN (%1) AND at < ?"
                                 " GROUP BY kind, target_id)")
                      .arg(placeholders(kinds.size())),
                  values(kinds) << toIso(at));
}

QList<Event> ReportQueries::lastMonitorSwitchesBefore(const QDateTime &at) const
{
    return events(QStringLiteral("seq IN (SELECT MAX(seq) FROM events WHERE kind = 'monitor' AND at < ?"
                                 " GROUP BY json_extract(detail, '$.target'), target_id)"),
                  {toIso(at)});
}

QList<Event> ReportQueries::eventsBetween(const QStringList &kinds, const QDateTime &from, const QDateTime &to) const
{
    return events(QStringLiteral("kind IN (%1) AND at >= ? AND at < ?").arg(placeholders(kinds.size())),
                  values(kinds) << toIso(from) << toIso(to));
}

QList<Event> ReportQueries::eventsBefore(const QString &kind, const QDateTime &at) const
{
    return events(QStringLiteral("kind = ? AND at < ?"), {kind, toIso(at)});
}

std::optional<ReportQueries::TargetLabel> ReportQueries::labelOf(const QString &kind, qint64 id) const
{
    QSqlQuery q = m_db.query();
    if (kind == QLatin1String("device"))
        q.prepare(QStringLiteral("SELECT ip, CASE WHEN name <> '' THEN name ELSE hostname END, 0, '' FROM devices"
                                 " WHERE id = ?"));
    else
        q.prepare(QStringLiteral("SELECT d.ip, CASE WHEN d.name <> '' THEN d.name ELSE d.hostname END, p.port,"
                                 " p.protocol FROM ports p JOIN devices d ON d.id = p.device_id WHERE p.id = ?"));
    bind(q, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return TargetLabel{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString()};
}

std::optional<qint64> ReportQueries::deviceOfPort(qint64 portId) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT device_id FROM ports WHERE id = ?"));
    bind(q, portId);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

bool ReportQueries::exists(const QString &kind, qint64 id) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?")
                  .arg(kind == QLatin1String("device") ? QStringLiteral("devices") : QStringLiteral("ports")));
    bind(q, id);
    return q.exec() && q.next();
}

QList<std::pair<QString, qint64>> ReportQueries::monitoredTargets() const
{
    QList<std::pair<QString, qint64>> out;
    QSqlQuery q = m_db.query();
    if (q.exec(QStringLiteral("SELECT 'device', id FROM devices WHERE monitor = 1"
                              " UNION ALL SELECT 'port', id FROM ports WHERE monitor = 1")))
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

QList<ReportScan> ReportQueries::scansStartedBetween(const QDateTime &from, const QDateTime &to) const
{
    QList<ReportScan> scans;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT s.id, COALESCE(d.ip, ''), s.state, s.started_at, s.open_ports FROM scans s"
                             " LEFT JOIN devices d ON d.id = s.device_id WHERE s.started_at >= ? AND s.started_at < ?"
                             " ORDER BY s.id"));
    bind(q, toIso(from));
    bind(q, toIso(to));
    if (q.exec())
        while (q.next())
            scans.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          fromIso(q.value(3).toString()),
                          int(QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array().size())});
    return scans;
}

QList<std::pair<QString, int>> ReportQueries::mailsSentBetween(const QDateTime &from, const QDateTime &to) const
{
    QList<std::pair<QString, int>> counts;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT kind, COUNT(*) FROM outbox WHERE state = 'sent' AND sent_at >= ? AND sent_at < ?"
                             " GROUP BY kind"));
    bind(q, toIso(from));
    bind(q, toIso(to));
    if (q.exec())
        while (q.next())
            counts.append({q.value(0).toString(), q.value(1).toInt()});
    return counts;
}

} // namespace mente::box
