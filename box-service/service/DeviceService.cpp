// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/DeviceService.h"

#include "shared/Clock.h"
#include "shared/Event.h"
#include "shared/EventDetails.h"
#include "shared/Protocol.h"
#include "shared/Validation.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/DeviceStore.h"
#include "store/EventLog.h"

namespace mente::box {

namespace {
Error noSuch(const QString &what)
{
    return Error{QStringLiteral("not_found"), QStringLiteral("No such %1.").arg(what), {}};
}
} // namespace

DeviceService::DeviceService(Database &db, DeviceStore &devices, EventLog &events, AuditLog &audit, const Clock &clock,
                             std::function<void()> targetsChanged)
    : m_db(db)
    , m_devices(devices)
    , m_events(events)
    , m_audit(audit)
    , m_clock(clock)
    , m_targetsChanged(std::move(targetsChanged))
{}

QList<Device> DeviceService::list() const
{
    return m_devices.list();
}

std::optional<Device> DeviceService::device(qint64 id) const
{
    return id > 0 ? m_devices.byId(id) : std::nullopt;
}

std::optional<Port> DeviceService::port(qint64 id) const
{
    return id > 0 ? m_devices.portById(id) : std::nullopt;
}

Status DeviceService::audit(const Actor &actor, const QString &action, const QString &target, const QString &detail)
{
    return m_audit.record({actor.op.id, actor.op.login, actor.address, action, target, detail});
}

void DeviceService::targetsChanged()
{
    if (m_targetsChanged)
        m_targetsChanged();
}

Status DeviceService::recordSwitch(const Actor &actor, const QString &what, qint64 id, bool was, bool now,
                                   HealthState state)
{
    if (was == now)
        return success();
    Event e;
    e.kind = QStringLiteral("monitor");
    e.id = id;
    e.from = was ? QStringLiteral("on") : QStringLiteral("off");
    e.to = now ? QStringLiteral("on") : QStringLiteral("off");
    e.detail = MonitorSwitchDetail{what, actor.op.login, toWire(state)}.toJson();
    const auto appended = m_events.append(e);
    return appended ? success() : Status(appended.error());
}

Result<Device> DeviceService::add(const Actor &actor, const QString &ip)
{
    if (const QString m = validation::checkIPv4(ip); !m.isEmpty())
        return Error::validation(QStringLiteral("ip"), m);
    Result<Device> device = Error{};
    const Status s = m_db.transaction([&]() -> Status {
        device = m_devices.insertManual(ip, m_clock.now());
        if (!device)
            return device.error();
        return audit(actor, QStringLiteral("device.add"), ip);
    });
    if (!s)
        return s.error();
    return device;
}

Status DeviceService::applyPatch(const Actor &actor, const QString &what, qint64 id, bool wasMonitored,
                                 HealthState state, std::optional<bool> monitor, const QStringList &fields,
                                 const std::function<Status()> &apply)
{
    const Status s = m_db.transaction([&]() -> Status {
        if (const Status p = apply(); !p)
            return p;
        if (monitor)
            if (const Status e = recordSwitch(actor, what, id, wasMonitored, *monitor, state); !e)
                return e;
        return audit(actor, what + QStringLiteral(".update"), QString::number(id), fields.join(QLatin1Char(',')));
    });
    if (s)
        targetsChanged();
    return s;
}

Result<Device> DeviceService::update(const Actor &actor, qint64 id, const DevicePatch &patch)
{
    const auto before = device(id);
    if (!before)
        return noSuch(QStringLiteral("device"));
    if (const Status s = applyPatch(actor, QStringLiteral("device"), id, before->monitor, before->state, patch.monitor,
                                    patch.toJson().keys(), [&] { return m_devices.applyPatch(id, patch); });
        !s)
        return s.error();
    return *m_devices.byId(id);
}

Status DeviceService::remove(const Actor &actor, qint64 id)
{
    const auto before = device(id);
    if (!before)
        return noSuch(QStringLiteral("device"));
    const Status s = m_db.transaction([&]() -> Status {
        if (const Status d = m_devices.remove(id); !d)
            return d;
        return audit(actor, QStringLiteral("device.remove"), before->ip);
    });
    targetsChanged();
    return s;
}

Result<Port> DeviceService::addPort(const Actor &actor, qint64 deviceId, int port, const QString &protocol)
{
    if (!device(deviceId))
        return noSuch(QStringLiteral("device"));
    if (const QString m = checkProtocol(protocol); !m.isEmpty())
        return Error::validation(QStringLiteral("protocol"), m);
    Result<Port> added = Error{};
    const Status s = m_db.transaction([&]() -> Status {
        added = m_devices.insertPort(deviceId, port, protocol, true);
        if (!added)
            return added.error();
        return audit(actor, QStringLiteral("port.add"), QStringLiteral("%1:%2").arg(deviceId).arg(port), protocol);
    });
    if (!s)
        return s.error();
    targetsChanged();
    return added;
}

Result<Port> DeviceService::updatePort(const Actor &actor, qint64 id, const PortPatch &patch)
{
    const auto before = port(id);
    if (!before)
        return noSuch(QStringLiteral("port"));
    if (const Status s = applyPatch(actor, QStringLiteral("port"), id, before->monitor, before->state, patch.monitor,
                                    patch.toJson().keys(), [&] { return m_devices.applyPortPatch(id, patch); });
        !s)
        return s.error();
    return *m_devices.portById(id);
}

Status DeviceService::removePort(const Actor &actor, qint64 id)
{
    const auto before = port(id);
    if (!before)
        return noSuch(QStringLiteral("port"));
    const Status s = m_db.transaction([&]() -> Status {
        if (const Status d = m_devices.removePort(id); !d)
            return d;
        return audit(actor, QStringLiteral("port.remove"),
                     QStringLiteral("%1:%2").arg(before->deviceId).arg(before->port));
    });
    targetsChanged();
    return s;
}

} // namespace mente::box
