// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Router.h"
#include "api/Routes.h"
#include "app/BoxContext.h"
#include "monitor/MetricsExporter.h"
#include "shared/ApiPaths.h"

namespace mente::box {

void registerMetricsRoutes(Router &router, BoxContext &box)
{
    // Access::Reader: an operator's session token, or the read-only [metrics] token that
    // Prometheus sends (the pipeline compares it in constant time).
    router.add("GET", api::Metrics, Access::Reader, [&box](const ApiRequest &) {
        ApiReply reply;
        reply.body = MetricsExporter(box).render();
        reply.contentType = "text/plain; version=0.0.4";
        return reply;
    });
}

} // namespace mente::box
