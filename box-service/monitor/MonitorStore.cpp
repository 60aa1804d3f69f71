// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/MonitorStore.h"

#include "shared/Device.h"
#include "shared/TimeFormat.h"
#include "store/DeviceStore.h"

namespace mente::box {

namespace {
DeviceStore::Table table(TargetKind kind)
{
    return kind == TargetKind::Port ? DeviceStore::Table::Ports : DeviceStore::Table::Devices;
}

DeviceStore::CheckFigures figures(const CheckResult &result, const QDateTime &at)
{
    DeviceStore::CheckFigures f;
    f.at = at;
    if (result.up && result.latencyMs >= 0)
        f.latencyMs = result.latencyMs;
    f.cause = result.up ? QString() : result.cause;
    f.method = result.method;
    return f;
}

CheckSettings resolve(const MonitorOverrides &o, const MonitorSettings &d)
{
    return {o.intervalS.value_or(d.intervalS), o.timeoutMs.value_or(d.timeoutMs), o.retries.value_or(d.retries),
            o.recoveries.value_or(d.recoveries)};
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
            t.describe.ip = d.ip;
            t.describe.name = d.name;
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
            t.describe.ip = d.ip;
            t.describe.name = d.name;
            t.describe.deviceId = d.id;
            t.describe.port = p.port;
            t.describe.protocol = p.protocol;
            targets.append(t);
        }
    }
    return targets;
}

quint64 MonitorStore::targetsRevision() const
{
    return m_devices.revision();
}

bool MonitorStore::exists(TargetKey key) const
{
    return key.kind == TargetKind::Port ? m_devices.portById(key.id).has_value() : m_devices.byId(key.id).has_value();
}

std::optional<HealthState> MonitorStore::state(TargetKey key) const
{
    return m_devices.checkedState(table(key.kind), key.id);
}

Status MonitorStore::setState(TargetKey key, HealthState state, bool flapping, const QString &cause,
                              const QDateTime &at)
{
    return m_devices.setCheckedState(table(key.kind), key.id, state, flapping, cause, at);
}

Status MonitorStore::saveResult(TargetKey key, const CheckResult &result, const QDateTime &at)
{
    return m_devices.saveCheck(table(key.kind), key.id, figures(result, at));
}

Status MonitorStore::saveResults(const QList<TimedResult> &results)
{
    QList<DeviceStore::CheckRow> rows;
    rows.reserve(results.size());
    for (const TimedResult &r : results)
        rows.append({table(r.key.kind), r.key.id, figures(r.result, r.at)});
    return m_devices.saveChecks(rows);
}

Status MonitorStore::setAcknowledged(TargetKey key, bool acknowledged)
{
    return m_devices.setAcknowledged(table(key.kind), key.id, acknowledged);
}

QDateTime MonitorStore::mutedUntil(TargetKey key, qint64 deviceId, const QDateTime &now) const
{
    return m_mutes.coveringUntil(toWire(key.kind), key.id, deviceId, now);
}

QDateTime MonitorStore::boxMutedUntil(const QDateTime &now) const
{
    return m_mutes.boxUntil(now);
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
    return m_mutes.add(kind, targetId, until, reason, createdBy, now);
}

QList<Mute> MonitorStore::mutes(const QDateTime &now) const
{
    return m_mutes.running(now);
}

std::optional<Mute> MonitorStore::mute(qint64 id) const
{
    return m_mutes.byId(id);
}

Status MonitorStore::removeMute(qint64 id)
{
    return m_mutes.remove(id);
}

} // namespace mente::box
