// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/DeviceRows.h"

#include "shared/TimeFormat.h"

#include <QSqlQuery>
#include <QVariant>

namespace mente::box {

namespace {
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
} // namespace

// The monitor's columns (F7), read after each table's own; mutedUntil is the latest live mute
// covering the target (its own, its device's for a port, or the whole box's).
#define MENTE_MONITOR_COLUMNS                                                                                          \
    ", interval_s, timeout_ms, retries, recoveries, acknowledged, flapping, last_check, latency_ms, cause,"            \
    " check_method, (SELECT MAX(until) FROM mutes WHERE until > strftime('%Y-%m-%dT%H:%M:%SZ', 'now') AND ("
const QString &deviceColumns()
{
    static const QString columns =
        QStringLiteral("id, ip, mac, hostname, vendor, name, memo, monitor, state, access_url, access_user, report_url,"
                       " report_user, first_seen, last_seen, gone, is_new" MENTE_MONITOR_COLUMNS
                       "(kind = 'device' AND target_id = devices.id) OR kind = 'box'))");
    return columns;
}

const QString &portColumns()
{
    static const QString columns =
        QStringLiteral("id, device_id, port, protocol, monitor, state, banner, manual" MENTE_MONITOR_COLUMNS
                       "(kind = 'port' AND target_id = ports.id) OR (kind = 'device' AND"
                       " target_id = ports.device_id) OR kind = 'box'))");
    return columns;
}
#undef MENTE_MONITOR_COLUMNS

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

} // namespace mente::box
