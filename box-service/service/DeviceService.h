// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kernel/Actor.h"
#include "shared/Device.h"
#include "shared/Result.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace mente {
class Clock;
}

namespace mente::box {

class AuditLog;
class Database;
class DeviceStore;
class EventLog;

// The devices and ports of the customer's LAN as operators register and change them (F5, F6):
// each change is one transaction with its audit row (and, for switching monitoring on or off, its
// event), after which the monitor is told to re-read its targets.
class DeviceService
{
public:
    // targetsChanged: called after a change the monitor must pick up (it reloads within seconds).
    DeviceService(Database &db, DeviceStore &devices, EventLog &events, AuditLog &audit, const Clock &clock,
                  std::function<void()> targetsChanged);

    QList<Device> list() const;
    std::optional<Device> device(qint64 id) const;
    std::optional<Port> port(qint64 id) const;

    // ip is checked here (a dotted IPv4 address); errors name the field.
    Result<Device> add(const Actor &actor, const QString &ip);
    Result<Device> update(const Actor &actor, qint64 id, const DevicePatch &patch);
    Status remove(const Actor &actor, qint64 id);

    Result<Port> addPort(const Actor &actor, qint64 deviceId, int port, const QString &protocol);
    Result<Port> updatePort(const Actor &actor, qint64 id, const PortPatch &patch);
    Status removePort(const Actor &actor, qint64 id);

private:
    Status audit(const Actor &actor, const QString &action, const QString &target, const QString &detail = {});
    // A switch of monitoring on or off: the report counts the target from then, and the state it
    // had (switching off resets it to unknown) is on record.
    // A patch applied and audited in one transaction, with the switch event when monitoring flips.
    Status applyPatch(const Actor &actor, const QString &what, qint64 id, bool wasMonitored, HealthState state,
                      std::optional<bool> monitor, const QStringList &fields, const std::function<Status()> &apply);
    Status recordSwitch(const Actor &actor, const QString &what, qint64 id, bool was, bool now, HealthState state);
    void targetsChanged();

    Database &m_db;
    DeviceStore &m_devices;
    EventLog &m_events;
    AuditLog &m_audit;
    const Clock &m_clock;
    std::function<void()> m_targetsChanged;
};

} // namespace mente::box
