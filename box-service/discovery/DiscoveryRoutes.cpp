// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/DiscoveryRoutes.h"

#include "api/Router.h"
#include "app/BoxContext.h"
#include "discovery/DiscoveryService.h"
#include "shared/ApiPaths.h"
#include "shared/IdList.h"
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

    // The device list marks new devices until someone has looked at them.
    router.add("POST", api::DevicesClearNew, Access::Operator, [&box, &discovery](const ApiRequest &request) {
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
        const Result<int> cleared = discovery.clearNew(ids);
        if (!cleared)
            return ApiReply::error(cleared.error());
        if (cleared.value() > 0) {
            const Actor &a = *request.actor;
            QStringList list;
            for (const qint64 id : std::as_const(ids))
                list << QString::number(id);
            box.audit->record({a.op.id, a.op.login, a.address, QStringLiteral("device.clear-new"),
                               ids.isEmpty() ? QStringLiteral("all") : list.join(QLatin1Char(',')),
                               QStringLiteral("%1 cleared").arg(cleared.value())});
        }
        return ApiReply::json(QJsonObject{{QStringLiteral("cleared"), cleared.value()}});
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
