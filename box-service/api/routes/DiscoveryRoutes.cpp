// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/routes/DiscoveryRoutes.h"

#include "api/Router.h"
#include "discovery/DiscoveryService.h"
#include "shared/IdList.h"

namespace mente::box {

void registerDiscoveryRoutes(Router &router, DiscoveryService &discovery)
{
    router.add(RouteId::DiscoveryStart, [&discovery](const ApiRequest &request) {
        const Result<DiscoveryRun> run = discovery.start(*request.actor);
        if (!run)
            return ApiReply::error(run.error());
        QJsonObject body = run->toJson();
        body.insert(QStringLiteral("discoveryId"), run->id);
        return ApiReply::json(body, 202);
    });

    // The device list marks new devices until someone has looked at them.
    router.add(RouteId::DevicesClearNew, [&discovery](const ApiRequest &request) {
        QList<qint64> ids;
        if (!request.body.trimmed().isEmpty()) {
            const auto body = request.json();
            if (!body)
                return ApiReply::error(body.error());
            if (body->contains(QStringLiteral("ids"))) {
                auto parsed = idsFromJson(body.value(), QStringLiteral("device ids"));
                if (!parsed)
                    return ApiReply::error(parsed.error());
                ids = std::move(parsed).value();
            }
        }
        const Result<int> cleared = discovery.clearNew(*request.actor, ids);
        if (!cleared)
            return ApiReply::error(cleared.error());
        return ApiReply::json(QJsonObject{{QStringLiteral("cleared"), cleared.value()}});
    });

    router.add(RouteId::DiscoveryShow, [&discovery](const ApiRequest &) {
        const std::optional<DiscoveryRun> run = discovery.current();
        if (!run) // never swept yet
            return ApiReply::json(
                QJsonObject{{QStringLiteral("id"), 0}, {QStringLiteral("state"), QStringLiteral("never")}});
        return ApiReply::json(run->toJson());
    });
}

} // namespace mente::box
