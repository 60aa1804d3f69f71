// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Router.h"
#include "api/Routes.h"
#include "app/BoxContext.h"
#include "monitor/MonitorScheduler.h"
#include "shared/ApiPaths.h"
#include "shared/Clock.h"
#include "shared/JsonReader.h"
#include "shared/Protocol.h"
#include "shared/Validation.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/DeviceStore.h"
#include "store/EventLog.h"

#include <QJsonArray>

#include <functional>

namespace mente::box {

namespace {
const QString kDeviceById = api::Devices + QStringLiteral("/{id}");
const QString kDevicePorts = api::Devices + QStringLiteral("/{id}/ports");
const QString kPortById = api::Ports + QStringLiteral("/{id}");

Status audit(const BoxContext &box, const ApiRequest &request, const QString &action, const QString &target,
             const QString &detail = {})
{
    const Actor &a = *request.actor;
    return box.audit->record({a.op.id, a.op.login, a.address, action, target, detail});
}

// The monitor picks up switched targets and new ports within seconds.
void monitorTargetsChanged(const BoxContext &box)
{
    if (box.monitor)
        box.monitor->reloadSoon();
}

// PATCH of a device or a port row: parse the body into its patch type, apply it and audit it in one
// transaction, let the monitor re-read its targets, and answer the row as it now is.
template<typename Patch>
ApiReply patchRow(BoxContext &box, const ApiRequest &request, const QString &what,
                  const std::function<bool(qint64)> &exists, const std::function<Status(qint64, const Patch &)> &apply,
                  const std::function<QJsonObject(qint64)> &read)
{
    const auto id = request.id();
    if (!id || !exists(*id))
        return ApiReply::notFound(what);
    auto body = request.json();
    if (!body)
        return ApiReply::error(body.error());
    auto patch = Patch::fromJson(body.value());
    if (!patch)
        return ApiReply::error(patch.error());
    const QJsonObject was = read(*id);
    const bool wasMonitored = was.value(QStringLiteral("monitor")).toBool();
    const Status s = box.db->transaction([&]() -> Status {
        if (const Status p = apply(*id, patch.value()); !p)
            return p;
        // Switching monitoring on or off is an event: the monthly report counts a target from then.
        if (patch->monitor && *patch->monitor != wasMonitored) {
            Event e;
            e.kind = QStringLiteral("monitor");
            e.id = *id;
            e.from = wasMonitored ? QStringLiteral("on") : QStringLiteral("off");
            e.to = *patch->monitor ? QStringLiteral("on") : QStringLiteral("off");
            // The state it had: switching off resets it to unknown, and this event is the record of that.
            e.detail = {{QStringLiteral("target"), what},
                        {QStringLiteral("by"), request.actor->op.login},
                        {QStringLiteral("state"), was.value(QStringLiteral("state"))}};
            if (const auto appended = box.events->append(e); !appended)
                return appended.error();
        }
        return audit(box, request, what + QStringLiteral(".update"), QString::number(*id),
                     patch->toJson().keys().join(QLatin1Char(',')));
    });
    if (!s)
        return ApiReply::error(s.error());
    monitorTargetsChanged(box);
    return ApiReply::json(read(*id));
}
} // namespace

void registerDeviceRoutes(Router &router, BoxContext &box)
{
    router.add("GET", api::Devices, Access::Operator, [&box](const ApiRequest &) {
        QJsonArray list;
        for (const Device &d : box.devices->list())
            list.append(d.toJson());
        return ApiReply::json(list);
    });

    router.add("POST", api::Devices, Access::Operator, [&box](const ApiRequest &request) {
        auto body = request.json();
        if (!body)
            return ApiReply::error(body.error());
        JsonReader r(body.value());
        const QString ip = r.string(QStringLiteral("ip"), JsonReader::Required, 15);
        if (!r.ok())
            return ApiReply::error(r.error());
        if (const QString m = validation::checkIPv4(ip); !m.isEmpty())
            return ApiReply::error(Error::validation(QStringLiteral("ip"), m));
        Result<Device> device = Error{};
        const Status s = box.db->transaction([&]() -> Status {
            device = box.devices->insertManual(ip, box.clock->now());
            if (!device)
                return device.error();
            return audit(box, request, QStringLiteral("device.add"), ip);
        });
        if (!s)
            return ApiReply::error(s.error());
        return ApiReply::json(device->toJson(), 201);
    });

    router.add("GET", kDeviceById, Access::Operator, [&box](const ApiRequest &request) {
        const auto id = request.id();
        const auto device = id ? box.devices->byId(*id) : std::nullopt;
        return device ? ApiReply::json(device->toJson()) : ApiReply::notFound(QStringLiteral("device"));
    });

    router.add("PATCH", kDeviceById, Access::Operator, [&box](const ApiRequest &request) {
        return patchRow<DevicePatch>(
            box, request, QStringLiteral("device"), [&box](qint64 id) { return box.devices->byId(id).has_value(); },
            [&box](qint64 id, const DevicePatch &patch) { return box.devices->applyPatch(id, patch); },
            [&box](qint64 id) { return box.devices->byId(id)->toJson(); });
    });

    router.add("DELETE", kDeviceById, Access::Admin, [&box](const ApiRequest &request) {
        const auto id = request.id();
        const auto device = id ? box.devices->byId(*id) : std::nullopt;
        if (!device)
            return ApiReply::notFound(QStringLiteral("device"));
        const Status s = box.db->transaction([&]() -> Status {
            if (const Status d = box.devices->remove(*id); !d)
                return d;
            return audit(box, request, QStringLiteral("device.remove"), device->ip);
        });
        monitorTargetsChanged(box);
        return s ? ApiReply::noContent() : ApiReply::error(s.error());
    });

    router.add("POST", kDevicePorts, Access::Operator, [&box](const ApiRequest &request) {
        const auto id = request.id();
        if (!id || !box.devices->byId(*id))
            return ApiReply::notFound(QStringLiteral("device"));
        auto body = request.json();
        if (!body)
            return ApiReply::error(body.error());
        JsonReader r(body.value());
        const int port = int(r.integer(QStringLiteral("port"), JsonReader::Required, 1, 65535));
        const QString protocol = normalizeProtocol(r.string(QStringLiteral("protocol"), JsonReader::Optional, 32));
        if (!r.ok())
            return ApiReply::error(r.error());
        if (const QString m = checkProtocol(protocol); !m.isEmpty())
            return ApiReply::error(Error::validation(QStringLiteral("protocol"), m));
        Result<Port> added = Error{};
        const Status s = box.db->transaction([&]() -> Status {
            added = box.devices->insertPort(*id, port, protocol, true);
            if (!added)
                return added.error();
            return audit(box, request, QStringLiteral("port.add"), QStringLiteral("%1:%2").arg(*id).arg(port),
                         protocol);
        });
        if (!s)
            return ApiReply::error(s.error());
        monitorTargetsChanged(box);
        return ApiReply::json(added->toJson(), 201);
    });

    router.add("PATCH", kPortById, Access::Operator, [&box](const ApiRequest &request) {
        return patchRow<PortPatch>(
            box, request, QStringLiteral("port"), [&box](qint64 id) { return box.devices->portById(id).has_value(); },
            [&box](qint64 id, const PortPatch &patch) { return box.devices->applyPortPatch(id, patch); },
            [&box](qint64 id) { return box.devices->portById(id)->toJson(); });
    });

    router.add("DELETE", kPortById, Access::Admin, [&box](const ApiRequest &request) {
        const auto id = request.id();
        const auto port = id ? box.devices->portById(*id) : std::nullopt;
        if (!port)
            return ApiReply::notFound(QStringLiteral("port"));
        const Status s = box.db->transaction([&]() -> Status {
            if (const Status d = box.devices->removePort(*id); !d)
                return d;
            return audit(box, request, QStringLiteral("port.remove"),
                         QStringLiteral("%1:%2").arg(port->deviceId).arg(port->port));
        });
        monitorTargetsChanged(box);
        return s ? ApiReply::noContent() : ApiReply::error(s.error());
    });
}

} // namespace mente::box
