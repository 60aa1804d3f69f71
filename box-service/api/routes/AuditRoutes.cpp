// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Router.h"
#include "api/Routes.h"
#include "app/BoxContext.h"
#include "shared/ApiPaths.h"
#include "store/AuditLog.h"

namespace mente::box {

void registerAuditRoutes(Router &router, BoxContext &box)
{
    router.add("GET", api::Audit, Access::Admin, [&box](const ApiRequest &request) {
        const auto after = queryNumber(request, QStringLiteral("after"), 0, std::numeric_limits<qint64>::max() / 2);
        if (!after)
            return ApiReply::error(after.error());
        const auto limit = queryNumber(request, QStringLiteral("limit"), 500, 5000);
        if (!limit)
            return ApiReply::error(limit.error());
        return ApiReply::json(box.audit->list(after.value(), int(limit.value())));
    });
}

} // namespace mente::box
