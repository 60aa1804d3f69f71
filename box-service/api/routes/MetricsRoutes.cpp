// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Router.h"
#include "api/Routes.h"
#include "monitor/MetricsExporter.h"
#include "shared/ApiPaths.h"

namespace mente::box {

void registerMetricsRoutes(Router &router, const MetricsExporter &metrics)
{
    // Access::Reader: an operator's session token, or the read-only [metrics] token that
    // Prometheus sends (the pipeline compares it in constant time).
    router.add(RouteId::Metrics, [&metrics](const ApiRequest &) {
        ApiReply reply;
        reply.body = metrics.render();
        reply.contentType = "text/plain; version=0.0.4";
        return reply;
    });
}

} // namespace mente::box
