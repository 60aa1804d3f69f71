// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Router.h"
#include "api/Routes.h"
#include "service/StatusService.h"

namespace mente::box {

void registerBoxRoutes(Router &router, StatusService &status)
{
    router.add(RouteId::Health, [&status](const ApiRequest &) {
        return ApiReply::json({{QStringLiteral("status"), QStringLiteral("ok")},
                               {QStringLiteral("version"), status.identity().version},
                               {QStringLiteral("serial"), status.identity().serial}});
    });

    router.add(RouteId::Status, [&status](const ApiRequest &) { return ApiReply::json(status.current().toJson()); });

    router.add(RouteId::BoxInfo, [&status](const ApiRequest &) {
        QJsonObject json = status.info().toJson();
        json.insert(QStringLiteral("vpnPasswordSet"), status.vpnPasswordSet());
        return ApiReply::json(json);
    });

    // The hub password is shown only on an explicit request, and every such request is audited.
    router.add(RouteId::BoxVpnPassword, [&status](const ApiRequest &request) {
        const auto vpn = status.revealVpnPassword(*request.actor);
        if (!vpn)
            return ApiReply::error(vpn.error());
        return ApiReply::json({{QStringLiteral("hub"), vpn->hub},
                               {QStringLiteral("user"), vpn->user},
                               {QStringLiteral("password"), vpn->password}});
    });
}

} // namespace mente::box
