// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Router.h"
#include "api/Routes.h"
#include "shared/ApiPaths.h"
#include "store/AuditLog.h"

namespace mente::box {

void registerAuditRoutes(Router &router, const AuditLog &audit)
{
    router.add(RouteId::AuditList, [&audit](const ApiRequest &request) {
        const auto after = queryNumber(request, QStringLiteral("after"), 0, std::numeric_limits<qint64>::max() / 2);
        if (!after)
            return ApiReply::error(after.error());
        const auto limit = queryNumber(request, QStringLiteral("limit"), 500, 5000);
        if (!limit)
            return ApiReply::error(limit.error());
        return ApiReply::json(audit.list(after.value(), int(limit.value())));
    });
}

} // namespace mente::box
