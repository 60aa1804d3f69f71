// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ScanStore.h"

#include "shared/TimeFormat.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace mente::box {

Result<qint64> ScanStore::insert(const ScanRecord &r)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO scans (device_id, state, ports_spec, ports_done, ports_total, open_ports,"
                             " started_at) VALUES (?, ?, ?, ?, ?, '[]', ?)"));
    q.addBindValue(r.deviceId);
    q.addBindValue(r.state);
    q.addBindValue(r.ports.isEmpty() ? QStringLiteral("") : r.ports);
    q.addBindValue(r.portsDone);
    q.addBindValue(r.portsTotal);
    q.addBindValue(toIso(r.startedAt));
    if (const Status s = exec(q); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status ScanStore::finish(const ScanRecord &r)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE scans SET state = ?, ports_done = ?, open_ports = ?, omitted = ?, method = ?, "
                             "error = ?, finished_at = ?"
                             " WHERE id = ?"));
    q.addBindValue(r.state);
    q.addBindValue(r.portsDone);
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(ScanRecord::openPortsJson(r.openPorts)).toJson(QJsonDocument::Compact)));
    q.addBindValue(r.openPortsOmitted);
    q.addBindValue(r.method.isEmpty() ? QStringLiteral("") : r.method);
    q.addBindValue(r.error.isEmpty() ? QStringLiteral("") : r.error); // a null QString binds as NULL
    q.addBindValue(toIso(r.finishedAt));
    q.addBindValue(r.id);
    return exec(q);
}

std::optional<ScanRecord> ScanStore::byId(qint64 id) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT id, device_id, state, ports_spec, ports_done, ports_total, open_ports, error,"
                             " started_at, finished_at, omitted, method FROM scans WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ScanRecord r;
    r.id = q.value(0).toLongLong();
    r.deviceId = q.value(1).toLongLong();
    r.state = q.value(2).toString();
    r.ports = q.value(3).toString();
    r.portsDone = q.value(4).toInt();
    r.portsTotal = q.value(5).toInt();
    r.openPorts = ScanRecord::openPortsFromJson(QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array());
    r.error = q.value(7).toString();
    r.startedAt = fromIso(q.value(8).toString());
    r.finishedAt = fromIso(q.value(9).toString());
    r.openPortsOmitted = q.value(10).toInt();
    r.method = q.value(11).toString();
    return r;
}

Status ScanStore::failInterrupted(const QDateTime &now)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE scans SET state = 'failed', error = 'The box stopped during the scan.',"
                             " finished_at = ? WHERE state = 'running'"));
    q.addBindValue(toIso(now));
    return exec(q);
}

} // namespace mente::box
