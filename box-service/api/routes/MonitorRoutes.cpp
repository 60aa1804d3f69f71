// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Router.h"
#include "api/Routes.h"
#include "app/BoxContext.h"
#include "app/Clock.h"
#include "monitor/MonitorScheduler.h"
#include "monitor/MonitorStore.h"
#include "shared/ApiPaths.h"
#include "shared/TimeFormat.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/EventLog.h"

#include <QJsonArray>

namespace mente::box {

namespace {
const QString kMutes = api::Mutes;

Status audit(const BoxContext &box, const ApiRequest &request, const QString &action, const QString &target,
             const QString &detail = {})
{
    const Actor &a = *request.actor;
    return box.audit->record({a.op.id, a.op.login, a.address, action, target, detail});
}

Status appendEvent(const BoxContext &box, Event event)
{
    const auto appended = box.events->append(std::move(event));
    return appended ? success() : Status(appended.error());
}

// POST /devices/{id}/ack, /ports/{id}/ack: the fault is known and being handled.
ApiReply acknowledge(BoxContext &box, const ApiRequest &request, TargetKind kind)
{
    const auto id = request.id();
    const TargetKey key{kind, id.value_or(0)};
    const QString what = toWire(kind);
    if (!id || !box.monitorStore->exists(key))
        return ApiReply::notFound(what);
    if (box.monitorStore->state(key) != HealthState::Fault)
        return ApiReply::error(
            Error{QStringLiteral("conflict"),
                  QStringLiteral("Only a fault can be acknowledged; this %1 is not in fault.").arg(what),
                  QStringLiteral("state")});
    const Status s = box.db->transaction([&]() -> Status {
        if (const Status a = box.monitorStore->setAcknowledged(key, true); !a)
            return a;
        Event e;
        e.kind = QStringLiteral("ack");
        e.id = *id;
        e.from = QStringLiteral("fault");
        e.to = QStringLiteral("fault");
        e.cause = QStringLiteral("acknowledged");
        e.detail = {{QStringLiteral("target"), what},
                    {QStringLiteral("acknowledged"), true},
                    {QStringLiteral("by"), request.actor->op.login}};
        if (const Status ev = appendEvent(box, e); !ev)
            return ev;
        return audit(box, request, what + QStringLiteral(".ack"), QString::number(*id));
    });
    if (!s)
        return ApiReply::error(s.error());
    return ApiReply::json(QJsonObject{
        {QStringLiteral("kind"), what}, {QStringLiteral("id"), *id}, {QStringLiteral("acknowledged"), true}});
}
} // namespace

void registerMonitorRoutes(Router &router, BoxContext &box)
{
    router.add("POST", api::Devices + QStringLiteral("/{id}/ack"), Access::Operator,
               [&box](const ApiRequest &request) { return acknowledge(box, request, TargetKind::Device); });
    router.add("POST", api::Ports + QStringLiteral("/{id}/ack"), Access::Operator,
               [&box](const ApiRequest &request) { return acknowledge(box, request, TargetKind::Port); });

    router.add("GET", kMutes, Access::Operator, [&box](const ApiRequest &) {
        QJsonArray list;
        for (const Mute &m : box.monitorStore->mutes(box.clock->now()))
            list.append(m.toJson());
        return ApiReply::json(list);
    });

    router.add("POST", kMutes, Access::Operator, [&box](const ApiRequest &request) {
        auto body = request.json();
        if (!body)
            return ApiReply::error(body.error());
        const QDateTime now = box.clock->now();
        auto parsed = MuteRequest::fromJson(body.value(), now);
        if (!parsed)
            return ApiReply::error(parsed.error());
        const MuteRequest &m = parsed.value();
        if (m.kind != QLatin1String("box")
            && !box.monitorStore->exists(
                {m.kind == QLatin1String("port") ? TargetKind::Port : TargetKind::Device, m.targetId}))
            return ApiReply::notFound(m.kind);
        Result<Mute> added = Error{};
        const Status s = box.db->transaction([&]() -> Status {
            added = box.monitorStore->addMute(m.kind, m.targetId, m.until, m.reason, request.actor->op.login, now);
            if (!added)
                return added.error();
            Event e;
            e.kind = QStringLiteral("mute");
            e.id = added->id;
            e.to = QStringLiteral("muted");
            e.detail = added->toJson();
            if (const Status ev = appendEvent(box, e); !ev)
                return ev;
            return audit(box, request, QStringLiteral("mute.add"), QStringLiteral("%1:%2").arg(m.kind).arg(m.targetId),
                         toIso(m.until));
        });
        if (!s)
            return ApiReply::error(s.error());
        return ApiReply::json(added->toJson(), 201);
    });

    router.add("DELETE", kMutes + QStringLiteral("/{id}"), Access::Operator, [&box](const ApiRequest &request) {
        const auto id = request.id();
        const auto mute = id ? box.monitorStore->mute(*id) : std::nullopt;
        if (!mute)
            return ApiReply::notFound(QStringLiteral("mute"));
        const Status s = box.db->transaction([&]() -> Status {
            if (const Status r = box.monitorStore->removeMute(*id); !r)
                return r;
            Event e;
            e.kind = QStringLiteral("mute");
            e.id = *id;
            e.from = QStringLiteral("muted");
            e.to = QStringLiteral("unmuted");
            e.detail = mute->toJson();
            if (const Status ev = appendEvent(box, e); !ev)
                return ev;
            return audit(box, request, QStringLiteral("mute.remove"),
                         QStringLiteral("%1:%2").arg(mute->kind).arg(mute->targetId));
        });
        return s ? ApiReply::noContent() : ApiReply::error(s.error());
    });
}

} // namespace mente::box
