// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/DeviceStore.h"

#include "shared/TimeFormat.h"
#include "store/Database.h"
#include "store/DeviceRows.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace mente::box {

namespace {
// SET clauses for a PATCH of the check settings; null resets to the config's default.
void overrideSets(const MonitorOverridesPatch &patch, QStringList &sets, QVariantList &values)
{
    const std::pair<const char *, const MonitorOverridesPatch::Field *> fields[] = {
        {"interval_s", &patch.intervalS},
        {"timeout_ms", &patch.timeoutMs},
        {"retries", &patch.retries},
        {"recoveries", &patch.recoveries},
    };
    for (const auto &[column, field] : fields) {
        if (!field->present)
            continue;
        sets << QStringLiteral("%1 = ?").arg(QLatin1String(column));
        values << (field->value ? QVariant(*field->value) : QVariant());
    }
}

QString tableName(DeviceStore::Table table)
{
    return table == DeviceStore::Table::Ports ? QStringLiteral("ports") : QStringLiteral("devices");
}

QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text; // a null QString binds as SQL NULL
}

Error conflict(const QString &field, const QString &message)
{
    return Error{QStringLiteral("conflict"), message, field};
}
} // namespace

QList<Device> DeviceStore::list(bool includeGone) const
{
    QSqlQuery q = m_db.query();
    QList<Device> devices;
    if (!q.exec(QStringLiteral("SELECT %1 FROM devices %2 ORDER BY id")
                    .arg(deviceColumns(), includeGone ? QString() : QStringLiteral("WHERE gone = 0"))))
        return devices;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), devices.size());
        devices.append(deviceFromRow(q));
    }
    QSqlQuery p = m_db.query();
    if (p.exec(QStringLiteral("SELECT %1 FROM ports ORDER BY device_id, port").arg(portColumns()))) {
        while (p.next()) {
            const auto it = index.constFind(p.value(1).toLongLong());
            if (it != index.constEnd())
                devices[*it].ports.append(portFromRow(p));
        }
    }
    return devices;
}

std::optional<Device> DeviceStore::byId(qint64 id) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM devices WHERE id = ?").arg(deviceColumns()));
    bind(q, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Device d = deviceFromRow(q);
    d.ports = portsOf(id);
    return d;
}

std::optional<Device> DeviceStore::byIp(const QString &ip) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT id FROM devices WHERE ip = ?"));
    bind(q, ip);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return byId(q.value(0).toLongLong());
}

QList<Port> DeviceStore::portsOf(qint64 deviceId) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM ports WHERE device_id = ? ORDER BY port").arg(portColumns()));
    bind(q, deviceId);
    QList<Port> ports;
    if (!q.exec())
        return ports;
    while (q.next())
        ports.append(portFromRow(q));
    return ports;
}

std::optional<Port> DeviceStore::portById(qint64 id) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM ports WHERE id = ?").arg(portColumns()));
    bind(q, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return portFromRow(q);
}

std::optional<Port> DeviceStore::portOf(qint64 deviceId, int port) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM ports WHERE device_id = ? AND port = ?").arg(portColumns()));
    bind(q, deviceId);
    bind(q, port);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return portFromRow(q);
}

Result<Device> DeviceStore::insertManual(const QString &ip, const QDateTime &now)
{
    ++m_revision;
    if (byIp(ip))
        return conflict(QStringLiteral("ip"), QStringLiteral("A device with this address exists already."));
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO devices(ip, first_seen, last_seen, manual) VALUES(?, ?, ?, 1)"));
    bind(q, ip);
    bind(q, toIso(now));
    bind(q, toIso(now));
    if (const Status s = exec(q); !s)
        return s.error();
    return *byId(q.lastInsertId().toLongLong());
}

Status DeviceStore::applyPatch(qint64 id, const DevicePatch &patch)
{
    ++m_revision;
    const std::pair<const char *, std::optional<QVariant>> columns[] = {
        {"monitor", patch.monitor ? std::optional<QVariant>(*patch.monitor) : std::nullopt},
        {"name", patch.name ? std::optional<QVariant>(*patch.name) : std::nullopt},
        {"memo", patch.memo ? std::optional<QVariant>(*patch.memo) : std::nullopt},
        {"access_url", patch.accessUrl ? std::optional<QVariant>(*patch.accessUrl) : std::nullopt},
        {"access_user", patch.accessUser ? std::optional<QVariant>(*patch.accessUser) : std::nullopt},
        {"report_url", patch.reportUrl ? std::optional<QVariant>(*patch.reportUrl) : std::nullopt},
        {"report_user", patch.reportUser ? std::optional<QVariant>(*patch.reportUser) : std::nullopt},
    };
    QStringList sets;
    QVariantList values;
    for (const auto &[column, value] : columns) {
        if (value) {
            sets << QStringLiteral("%1 = ?").arg(QLatin1String(column));
            values << *value;
        }
    }
    overrideSets(patch.overrides, sets, values);
    if (patch.monitor && !*patch.monitor) // not monitored shows "--", and forgets its last fault
        sets << QStringLiteral("state = 'unknown'") << QStringLiteral("acknowledged = 0")
             << QStringLiteral("flapping = 0") << QStringLiteral("cause = ''");
    if (sets.isEmpty())
        return success();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE devices SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))));
    for (const QVariant &v : values)
        bind(q, v);
    bind(q, id);
    return exec(q);
}

Status DeviceStore::setState(qint64 id, HealthState state)
{
    ++m_revision;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE devices SET state = ? WHERE id = ?"));
    bind(q, toWire(state));
    bind(q, id);
    return exec(q);
}

Status DeviceStore::remove(qint64 id)
{
    ++m_revision;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM devices WHERE id = ?"));
    bind(q, id);
    return exec(q);
}

Result<Port> DeviceStore::insertPort(qint64 deviceId, int port, const QString &protocol, bool manual)
{
    ++m_revision;
    if (portOf(deviceId, port))
        return conflict(QStringLiteral("port"), QStringLiteral("This device has a row for port %1 already.").arg(port));
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO ports(device_id, port, protocol, manual) VALUES(?, ?, ?, ?)"));
    bind(q, deviceId);
    bind(q, port);
    bind(q, protocol);
    bind(q, manual);
    if (const Status s = exec(q); !s)
        return s.error();
    return *portById(q.lastInsertId().toLongLong());
}

Result<Port> DeviceStore::upsertScannedPort(qint64 deviceId, int port, const QString &protocol, const QString &banner)
{
    ++m_revision;
    if (const auto existing = portOf(deviceId, port)) {
        QSqlQuery q = m_db.query();
        // A protocol set by hand wins over what a scan guesses; an identified one replaces an empty one.
        q.prepare(QStringLiteral("UPDATE ports SET protocol = CASE WHEN manual = 1 AND protocol <> '' THEN protocol"
                                 " WHEN ? <> '' THEN ? ELSE protocol END, banner = ? WHERE id = ?"));
        bind(q, protocol);
        bind(q, protocol);
        bind(q, banner);
        bind(q, existing->id);
        if (const Status s = exec(q); !s)
            return s.error();
        return *portById(existing->id);
    }
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO ports(device_id, port, protocol, banner) VALUES(?, ?, ?, ?)"));
    bind(q, deviceId);
    bind(q, port);
    bind(q, protocol);
    bind(q, banner);
    if (const Status s = exec(q); !s)
        return s.error();
    return *portById(q.lastInsertId().toLongLong());
}

Status DeviceStore::applyPortPatch(qint64 id, const PortPatch &patch)
{
    ++m_revision;
    QSqlQuery q = m_db.query();
    if (patch.protocol) {
        q.prepare(QStringLiteral("UPDATE ports SET protocol = ?, manual = 1 WHERE id = ?"));
        bind(q, *patch.protocol);
        bind(q, id);
        if (const Status s = exec(q); !s)
            return s;
    }
    if (patch.monitor) {
        q.prepare(QStringLiteral("UPDATE ports SET monitor = ?, state = CASE WHEN ? THEN state ELSE 'unknown' END,"
                                 " acknowledged = acknowledged AND ?, flapping = flapping AND ?,"
                                 " cause = CASE WHEN ? THEN cause ELSE '' END WHERE id = ?"));
        for (int i = 0; i < 5; ++i)
            bind(q, *patch.monitor);
        bind(q, id);
        if (const Status s = exec(q); !s)
            return s;
    }
    QStringList sets;
    QVariantList values;
    overrideSets(patch.overrides, sets, values);
    if (!sets.isEmpty()) {
        q.prepare(QStringLiteral("UPDATE ports SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))));
        for (const QVariant &v : values)
            q.addBindValue(v);
        bind(q, id);
        if (const Status s = exec(q); !s)
            return s;
    }
    return success();
}

Status DeviceStore::setPortState(qint64 id, HealthState state)
{
    ++m_revision;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE ports SET state = ? WHERE id = ?"));
    bind(q, toWire(state));
    bind(q, id);
    return exec(q);
}

Status DeviceStore::removePort(qint64 id)
{
    ++m_revision;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM ports WHERE id = ?"));
    bind(q, id);
    return exec(q);
}

std::optional<HealthState> DeviceStore::checkedState(Table table, qint64 id) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT state FROM %1 WHERE id = ?").arg(tableName(table)));
    bind(q, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return healthStateFromWire(q.value(0).toString());
}

Status DeviceStore::setCheckedState(Table table, qint64 id, HealthState state, bool flapping, const QString &cause,
                                    const QDateTime &at)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE %1 SET state = ?, flapping = ?, cause = ?, acknowledged = 0, state_since = ?"
                             " WHERE id = ?")
                  .arg(tableName(table)));
    bind(q, toWire(state));
    bind(q, flapping);
    bind(q, cause);
    bind(q, toIso(at));
    bind(q, id);
    if (const Status s = exec(q); !s)
        return s;
    // Removed meanwhile (the scheduler hears of it a moment later): no event for a target that is gone.
    if (q.numRowsAffected() == 0)
        return Error{QStringLiteral("not_found"),
                     QStringLiteral("The %1 was removed.")
                         .arg(table == Table::Ports ? QStringLiteral("port") : QStringLiteral("device")),
                     {}};
    return success();
}

namespace {
QString saveCheckSql(DeviceStore::Table table)
{
    return QStringLiteral("UPDATE %1 SET last_check = ?, latency_ms = ?, cause = ?, check_method = ? WHERE id = ?")
        .arg(tableName(table));
}

// Positional, so that one prepared statement serves row after row.
void bindCheck(QSqlQuery &q, qint64 id, const DeviceStore::CheckFigures &figures)
{
    q.bindValue(0, toIso(figures.at));
    q.bindValue(1, figures.latencyMs ? QVariant(*figures.latencyMs) : QVariant());
    q.bindValue(2, figures.cause.isNull() ? QStringLiteral("") : figures.cause);
    q.bindValue(3, figures.method.isNull() ? QStringLiteral("") : figures.method);
    q.bindValue(4, id);
}
} // namespace

Status DeviceStore::saveCheck(Table table, qint64 id, const CheckFigures &figures)
{
    QSqlQuery q = m_db.query();
    q.prepare(saveCheckSql(table));
    bindCheck(q, id, figures);
    return exec(q);
}

Status DeviceStore::saveChecks(const QList<CheckRow> &rows)
{
    QSqlQuery devices = m_db.query();
    QSqlQuery ports = m_db.query();
    bool devicesReady = false;
    bool portsReady = false;
    for (const CheckRow &row : rows) {
        const bool port = row.table == Table::Ports;
        QSqlQuery &q = port ? ports : devices;
        bool &ready = port ? portsReady : devicesReady;
        if (!ready && !q.prepare(saveCheckSql(row.table)))
            return sqlError(q);
        ready = true;
        bindCheck(q, row.id, row.figures);
        if (const Status s = exec(q); !s)
            return s;
    }
    return success();
}

Status DeviceStore::setAcknowledged(Table table, qint64 id, bool acknowledged)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE %1 SET acknowledged = ? WHERE id = ?").arg(tableName(table)));
    bind(q, acknowledged);
    bind(q, id);
    return exec(q);
}

Result<DeviceStore::Seen> DeviceStore::seen(const QString &ip, const QString &mac, const QString &hostname,
                                            const QString &vendor, const QDateTime &now, const QSet<QString> &aliveIps)
{
    ++m_revision;
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

Result<int> DeviceStore::clearNew(const QList<qint64> &ids)
{
    ++m_revision;
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

Result<QList<DeviceStore::Gone>> DeviceStore::missed(const QSet<QString> &sweptIps, const QSet<QString> &seenIps,
                                                     int goneAfter)
{
    ++m_revision;
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

Status DeviceStore::resetScanning()
{
    ++m_revision;
    QSqlQuery q = m_db.query();
    return exec(q, QStringLiteral("UPDATE devices SET state = 'unknown' WHERE state = 'scanning'"));
}

DeviceStore::Summary DeviceStore::summary() const
{
    // Inside a transaction the rows may still be rolled back: counted, never kept.
    if (m_db.inTransaction())
        return countSummary();
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT total_changes(), data_version FROM pragma_data_version")) || !q.next())
        return countSummary();
    const qint64 changes = q.value(0).toLongLong();
    const qint64 dataVersion = q.value(1).toLongLong();
    if (changes != m_summary.changes || dataVersion != m_summary.dataVersion)
        m_summary = {changes, dataVersion, countSummary()};
    return m_summary.summary;
}

DeviceStore::Summary DeviceStore::countSummary() const
{
    // Counted by SQLite, not from list(): reading every device and port into objects for three
    // numbers cost a millisecond and more per call with a few hundred devices. The state is
    // worse() over the monitored targets: fault, else ok, else a port still scanning (a
    // scanning device counts as unknown), else unknown.
    Summary s;
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM devices WHERE gone = 0),"
                               " (SELECT COUNT(*) FROM devices WHERE gone = 0 AND monitor),"
                               " (SELECT COUNT(*) FROM ports JOIN devices ON devices.id = ports.device_id"
                               "  WHERE devices.gone = 0 AND ports.monitor),"
                               " EXISTS(SELECT 1 FROM devices WHERE gone = 0 AND monitor AND state = 'fault')"
                               "  OR EXISTS(SELECT 1 FROM ports JOIN devices ON devices.id = ports.device_id"
                               "  WHERE devices.gone = 0 AND ports.monitor AND ports.state = 'fault'),"
                               " EXISTS(SELECT 1 FROM devices WHERE gone = 0 AND monitor AND state = 'ok')"
                               "  OR EXISTS(SELECT 1 FROM ports JOIN devices ON devices.id = ports.device_id"
                               "  WHERE devices.gone = 0 AND ports.monitor AND ports.state = 'ok'),"
                               " EXISTS(SELECT 1 FROM ports JOIN devices ON devices.id = ports.device_id"
                               "  WHERE devices.gone = 0 AND ports.monitor AND ports.state = 'scanning')"))
        || !q.next())
        return s;
    s.deviceCount = q.value(0).toInt();
    s.monitoredCount = q.value(1).toInt() + q.value(2).toInt();
    if (q.value(3).toBool())
        s.state = HealthState::Fault;
    else if (q.value(4).toBool())
        s.state = HealthState::Ok;
    else if (q.value(5).toBool())
        s.state = HealthState::Scanning;
    return s;
}

} // namespace mente::box
