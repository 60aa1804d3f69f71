// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/DiscoveryRoutes.h"

#include "api/Router.h"
#include "app/BoxContext.h"
#include "discovery/DiscoveryService.h"
#include "shared/ApiPaths.h"
#include "store/AuditLog.h"

namespace mente::box {

void registerDiscoveryRoutes(Router &router, BoxContext &box, DiscoveryService &discovery)
{
    router.add("POST", api::Discovery, Access::Operator, [&box, &discovery](const ApiRequest &request) {
        const Result<DiscoveryRun> run = discovery.start(QStringLiteral("request"));
        if (!run)
            return ApiReply::error(run.error());
        const Actor &a = *request.actor;
        box.audit->record({a.op.id, a.op.login, a.address, QStringLiteral("discovery.start"),
                           run->cidrs.join(QLatin1Char(',')), QStringLiteral("sweep %1").arg(run->id)});
        QJsonObject body = run->toJson();
        body.insert(QStringLiteral("discoveryId"), run->id);
        return ApiReply::json(body, 202);
    });

    router.add("GET", api::Discovery, Access::Operator, [&discovery](const ApiRequest &) {
        const std::optional<DiscoveryRun> run = discovery.current();
        if (!run) // never swept yet
            return ApiReply::json(
                QJsonObject{{QStringLiteral("id"), 0}, {QStringLiteral("state"), QStringLiteral("never")}});
        return ApiReply::json(run->toJson());
    });
}

} // namespace mente::box
