// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/DeviceStore.h"

#include "shared/TimeFormat.h"
#include "store/Database.h"

#include <QHash>
#include <QVariant>

namespace mente::box {

namespace {
// The monitor's columns (F7), read after each table's own; mutedUntil is the latest live mute
// covering the target (its own, its device's for a port, or the whole box's).
#define MENTE_MONITOR_COLUMNS                                                                                          \
    ", interval_s, timeout_ms, retries, recoveries, acknowledged, flapping, last_check, latency_ms, cause,"            \
    " check_method, (SELECT MAX(until) FROM mutes WHERE until > strftime('%Y-%m-%dT%H:%M:%SZ', 'now') AND ("
const QString kDeviceColumns = QStringLiteral(
    "id, ip, mac, hostname, vendor, name, memo, monitor, state, access_url, access_user, report_url,"
    " report_user, first_seen, last_seen, gone, is_new" MENTE_MONITOR_COLUMNS
    "(kind = 'device' AND target_id = devices.id) OR kind = 'box'))");
const QString kPortColumns = QStringLiteral("id, device_id, port, protocol, monitor, state, banner, manual"
                                            MENTE_MONITOR_COLUMNS
                                            "(kind = 'port' AND target_id = ports.id) OR (kind = 'device' AND"
                                            " target_id = ports.device_id) OR kind = 'box'))");
#undef MENTE_MONITOR_COLUMNS

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

MonitorInfo monitorInfoFromRow(const QSqlQuery &q, int first)
{
    MonitorInfo m;
    m.overrides.intervalS = optionalInt(q.value(first));
    m.overrides.timeoutMs = optionalInt(q.value(first + 1));
    m.overrides.retries = optionalInt(q.value(first + 2));
    m.overrides.recoveries = optionalInt(q.value(first + 3));
    m.acknowledged = q.value(first + 4).toBool();
    m.flapping = q.value(first + 5).toBool();
    m.lastCheck = fromIso(q.value(first + 6).toString());
    m.latencyMs = q.value(first + 7).isNull() ? -1 : q.value(first + 7).toInt();
    m.cause = q.value(first + 8).toString();
    m.checkMethod = q.value(first + 9).toString();
    m.mutedUntil = fromIso(q.value(first + 10).toString());
    return m;
}

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

Device deviceFromRow(const QSqlQuery &q)
{
    Device d;
    d.id = q.value(0).toLongLong();
    d.ip = q.value(1).toString();
    d.mac = q.value(2).toString();
    d.hostname = q.value(3).toString();
    d.vendor = q.value(4).toString();
    d.name = q.value(5).toString();
    d.memo = q.value(6).toString();
    d.monitor = q.value(7).toBool();
    d.state = healthStateFromWire(q.value(8).toString()).value_or(HealthState::Unknown);
    d.accessUrl = q.value(9).toString();
    d.accessUser = q.value(10).toString();
    d.reportUrl = q.value(11).toString();
    d.reportUser = q.value(12).toString();
    d.firstSeen = fromIso(q.value(13).toString());
    d.lastSeen = fromIso(q.value(14).toString());
    d.gone = q.value(15).toBool();
    d.isNew = q.value(16).toBool();
    d.monitorInfo = monitorInfoFromRow(q, 17);
    return d;
}

Port portFromRow(const QSqlQuery &q)
{
    Port p;
    p.id = q.value(0).toLongLong();
    p.deviceId = q.value(1).toLongLong();
    p.port = q.value(2).toInt();
    p.protocol = q.value(3).toString();
    p.monitor = q.value(4).toBool();
    p.state = healthStateFromWire(q.value(5).toString()).value_or(HealthState::Unknown);
    p.banner = q.value(6).toString();
    p.manual = q.value(7).toBool();
    p.monitorInfo = monitorInfoFromRow(q, 8);
    return p;
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
                    .arg(kDeviceColumns, includeGone ? QString() : QStringLiteral("WHERE gone = 0"))))
        return devices;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), devices.size());
        devices.append(deviceFromRow(q));
    }
    QSqlQuery p = m_db.query();
    if (p.exec(QStringLiteral("SELECT %1 FROM ports ORDER BY device_id, port").arg(kPortColumns))) {
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
    q.prepare(QStringLiteral("SELECT %1 FROM devices WHERE id = ?").arg(kDeviceColumns));
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
    q.prepare(QStringLiteral("SELECT %1 FROM ports WHERE device_id = ? ORDER BY port").arg(kPortColumns));
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
    q.prepare(QStringLiteral("SELECT %1 FROM ports WHERE id = ?").arg(kPortColumns));
    bind(q, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return portFromRow(q);
}

std::optional<Port> DeviceStore::portOf(qint64 deviceId, int port) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM ports WHERE device_id = ? AND port = ?").arg(kPortColumns));
    bind(q, deviceId);
    bind(q, port);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return portFromRow(q);
}

Result<Device> DeviceStore::insertManual(const QString &ip, const QDateTime &now)
{
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
        sets << QStringLiteral("state = 'unknown'") << QStringLiteral("acknowledged = 0") << QStringLiteral("flapping = 0")
             << QStringLiteral("cause = ''");
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
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE devices SET state = ? WHERE id = ?"));
    bind(q, toWire(state));
    bind(q, id);
    return exec(q);
}

Status DeviceStore::remove(qint64 id)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM devices WHERE id = ?"));
    bind(q, id);
    return exec(q);
}

Result<Port> DeviceStore::insertPort(qint64 deviceId, int port, const QString &protocol, bool manual)
{
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
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE ports SET state = ? WHERE id = ?"));
    bind(q, toWire(state));
    bind(q, id);
    return exec(q);
}

Status DeviceStore::removePort(qint64 id)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM ports WHERE id = ?"));
    bind(q, id);
    return exec(q);
}

DeviceStore::Summary DeviceStore::summary() const
{
    Summary s;
    for (const Device &d : list(false)) {
        ++s.deviceCount;
        if (d.monitor) {
            ++s.monitoredCount;
            s.state = worse(s.state, d.state == HealthState::Scanning ? HealthState::Unknown : d.state);
        }
        for (const Port &p : d.ports) {
            if (p.monitor) {
                ++s.monitoredCount;
                s.state = worse(s.state, p.state);
            }
        }
    }
    return s;
}

} // namespace mente::box
