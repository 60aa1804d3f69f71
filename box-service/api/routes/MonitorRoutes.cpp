// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Router.h"
#include "api/Routes.h"
#include "monitor/MonitorService.h"
#include "shared/Clock.h"

#include <QJsonArray>

namespace mente::box {

namespace {
TargetKey target(const ApiRequest &request, TargetKind kind)
{
    return {kind, request.id().value_or(0)};
}
} // namespace

void registerMonitorRoutes(Router &router, MonitorService &monitor, const Clock &clock)
{
    // A fault is known and being handled (POST), or not after all (DELETE).
    for (const auto &[ack, unack, kind] : {std::tuple{RouteId::DeviceAck, RouteId::DeviceUnack, TargetKind::Device},
                                           {RouteId::PortAck, RouteId::PortUnack, TargetKind::Port}}) {
        const TargetKind k = kind;
        router.add(ack, [&monitor, k](const ApiRequest &request) {
            return ApiReply::from(monitor.acknowledge(*request.actor, target(request, k)));
        });
        router.add(unack, [&monitor, k](const ApiRequest &request) {
            return ApiReply::from(monitor.unacknowledge(*request.actor, target(request, k)));
        });
    }

    // Every current fault of the box at once; the body, when there is one, is an empty object.
    router.add(RouteId::BoxAck, [&monitor](const ApiRequest &request) {
        if (!request.body.trimmed().isEmpty())
            if (auto body = request.json(); !body)
                return ApiReply::error(body.error());
        return ApiReply::from(monitor.acknowledgeBox(*request.actor));
    });

    router.add(RouteId::MuteList, [&monitor](const ApiRequest &) {
        QJsonArray list;
        for (const Mute &m : monitor.mutes())
            list.append(m.toJson());
        return ApiReply::json(list);
    });

    router.add(RouteId::MuteCreate, [&monitor, &clock](const ApiRequest &request) {
        auto body = request.json();
        if (!body)
            return ApiReply::error(body.error());
        auto parsed = MuteRequest::fromJson(body.value(), clock.now());
        if (!parsed)
            return ApiReply::error(parsed.error());
        return ApiReply::from(monitor.addMute(*request.actor, parsed.value()), 201);
    });

    router.add(RouteId::MuteDelete, [&monitor](const ApiRequest &request) {
        const Status s = monitor.removeMute(*request.actor, request.id().value_or(0));
        return s ? ApiReply::noContent() : ApiReply::error(s.error());
    });

    router.add(RouteId::BoxMute, [&monitor, &clock](const ApiRequest &request) {
        auto body = request.json();
        if (!body)
            return ApiReply::error(body.error());
        auto parsed = BoxMuteRequest::fromJson(body.value(), clock.now());
        if (!parsed)
            return ApiReply::error(parsed.error());
        return ApiReply::from(monitor.muteBox(*request.actor, parsed.value()), 201);
    });

    router.add(RouteId::BoxUnmute,
               [&monitor](const ApiRequest &request) { return ApiReply::from(monitor.unmuteBox(*request.actor)); });
}

} // namespace mente::box
