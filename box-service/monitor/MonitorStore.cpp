// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/MonitorStore.h"

#include "shared/Device.h"
#include "shared/TimeFormat.h"
#include "store/Database.h"
#include "store/DeviceStore.h"

#include <QVariant>

namespace mente::box {

namespace {
QString table(TargetKind kind)
{
    return kind == TargetKind::Port ? QStringLiteral("ports") : QStringLiteral("devices");
}

CheckSettings resolve(const MonitorOverrides &o, const MonitorSettings &d)
{
    return {o.intervalS.value_or(d.intervalS), o.timeoutMs.value_or(d.timeoutMs), o.retries.value_or(d.retries),
            o.recoveries.value_or(d.recoveries)};
}

Mute muteFromRow(const QSqlQuery &q)
{
    Mute m;
    m.id = q.value(0).toLongLong();
    m.kind = q.value(1).toString();
    m.targetId = q.value(2).toLongLong();
    m.until = fromIso(q.value(3).toString());
    m.createdAt = fromIso(q.value(4).toString());
    m.createdBy = q.value(5).toString();
    m.reason = q.value(6).toString();
    return m;
}
} // namespace

QList<MonitoredTarget> MonitorStore::monitoredTargets(const MonitorSettings &defaults) const
{
    QList<MonitoredTarget> targets;
    for (const Device &d : m_devices.list(false)) {
        QList<int> known;
        for (const Port &p : d.ports)
            if (p.monitor)
                known.append(p.port);
        for (const Port &p : d.ports)
            if (!p.monitor && known.size() < 3)
                known.append(p.port);
        if (d.monitor) {
            MonitoredTarget t;
            t.target = CheckTarget{{TargetKind::Device, d.id}, d.ip, 0, {}, known, 0};
            t.settings = resolve(d.monitorInfo.overrides, defaults);
            t.target.timeoutMs = t.settings.timeoutMs;
            t.state = d.state;
            t.flapping = d.monitorInfo.flapping;
            t.deviceId = d.id;
            t.describe = {{QStringLiteral("ip"), d.ip}, {QStringLiteral("name"), d.name}};
            targets.append(t);
        }
        for (const Port &p : d.ports) {
            if (!p.monitor)
                continue;
            MonitoredTarget t;
            t.target = CheckTarget{{TargetKind::Port, p.id}, d.ip, p.port, p.protocol, {}, 0};
            t.settings = resolve(p.monitorInfo.overrides, defaults);
            t.target.timeoutMs = t.settings.timeoutMs;
            t.state = p.state;
            t.flapping = p.monitorInfo.flapping;
            t.deviceId = d.id;
            t.describe = {{QStringLiteral("ip"), d.ip},
                          {QStringLiteral("name"), d.name},
                          {QStringLiteral("deviceId"), d.id},
                          {QStringLiteral("port"), p.port},
                          {QStringLiteral("protocol"), p.protocol}};
            targets.append(t);
        }
    }
    return targets;
}

bool MonitorStore::exists(TargetKey key) const
{
    return key.kind == TargetKind::Port ? m_devices.portById(key.id).has_value() : m_devices.byId(key.id).has_value();
}

std::optional<HealthState> MonitorStore::state(TargetKey key) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT state FROM %1 WHERE id = ?").arg(table(key.kind)));
    bind(q, key.id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return healthStateFromWire(q.value(0).toString());
}

Status MonitorStore::setState(TargetKey key, HealthState state, bool flapping, const QString &cause,
                              const QDateTime &at)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE %1 SET state = ?, flapping = ?, cause = ?, acknowledged = 0, state_since = ?"
                             " WHERE id = ?")
                  .arg(table(key.kind)));
    bind(q, toWire(state));
    bind(q, flapping);
    bind(q, cause);
    bind(q, toIso(at));
    bind(q, key.id);
    if (const Status s = exec(q); !s)
        return s;
    // Removed meanwhile (the scheduler hears of it a moment later): no event for a target that is gone.
    if (q.numRowsAffected() == 0)
        return Error{QStringLiteral("not_found"), QStringLiteral("The %1 was removed.").arg(toWire(key.kind)), {}};
    return success();
}

Status MonitorStore::saveResult(TargetKey key, const CheckResult &result, const QDateTime &at)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE %1 SET last_check = ?, latency_ms = ?, cause = ?, check_method = ? WHERE id = ?")
                  .arg(table(key.kind)));
    bind(q, toIso(at));
    q.addBindValue(result.up && result.latencyMs >= 0 ? QVariant(result.latencyMs) : QVariant());
    bind(q, result.up ? QString() : result.cause);
    bind(q, result.method);
    bind(q, key.id);
    return exec(q);
}

Status MonitorStore::setAcknowledged(TargetKey key, bool acknowledged)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE %1 SET acknowledged = ? WHERE id = ?").arg(table(key.kind)));
    bind(q, acknowledged);
    bind(q, key.id);
    return exec(q);
}

QDateTime MonitorStore::mutedUntil(TargetKey key, qint64 deviceId, const QDateTime &now) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT MAX(until) FROM mutes WHERE until > ? AND (kind = 'box'"
                             " OR (kind = 'device' AND target_id = ?) OR (kind = ? AND target_id = ?))"));
    bind(q, toIso(now));
    bind(q, deviceId);
    bind(q, toWire(key.kind));
    bind(q, key.id);
    if (!q.exec() || !q.next())
        return {};
    return fromIso(q.value(0).toString());
}

QDateTime MonitorStore::boxMutedUntil(const QDateTime &now) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT MAX(until) FROM mutes WHERE until > ? AND kind = 'box'"));
    bind(q, toIso(now));
    if (!q.exec() || !q.next())
        return {};
    return fromIso(q.value(0).toString());
}

bool MonitorStore::isMuted(const QString &kind, qint64 id, const QDateTime &now) const
{
    if (kind == QLatin1String("device"))
        return mutedUntil({TargetKind::Device, id}, id, now).isValid();
    if (kind == QLatin1String("port")) {
        const auto port = m_devices.portById(id);
        return mutedUntil({TargetKind::Port, id}, port ? port->deviceId : 0, now).isValid();
    }
    return boxMutedUntil(now).isValid();
}

Result<Mute> MonitorStore::addMute(const QString &kind, qint64 targetId, const QDateTime &until, const QString &reason,
                                   const QString &createdBy, const QDateTime &now)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO mutes(kind, target_id, until, created_at, created_by, reason)"
                             " VALUES(?, ?, ?, ?, ?, ?)"));
    bind(q, kind);
    bind(q, targetId);
    bind(q, toIso(until));
    bind(q, toIso(now));
    bind(q, createdBy);
    bind(q, reason);
    if (const Status s = exec(q); !s)
        return s.error();
    return *mute(q.lastInsertId().toLongLong());
}

QList<Mute> MonitorStore::mutes(const QDateTime &now) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT id, kind, target_id, until, created_at, created_by, reason FROM mutes"
                             " WHERE until > ? ORDER BY id"));
    bind(q, toIso(now));
    QList<Mute> list;
    if (q.exec())
        while (q.next())
            list.append(muteFromRow(q));
    return list;
}

std::optional<Mute> MonitorStore::mute(qint64 id) const
{
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("SELECT id, kind, target_id, until, created_at, created_by, reason FROM mutes WHERE id = ?"));
    bind(q, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return muteFromRow(q);
}

Status MonitorStore::removeMute(qint64 id)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM mutes WHERE id = ?"));
    bind(q, id);
    return exec(q);
}

} // namespace mente::box
