// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/AuthService.h"
#include "api/Router.h"
#include "api/Routes.h"
#include "app/BoxContext.h"
#include "monitor/MetricsExporter.h"
#include "shared/ApiPaths.h"

#include <sodium.h>

namespace mente::box {

namespace {
bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}
} // namespace

void registerMetricsRoutes(Router &router, BoxContext &box)
{
    // Public in the pipeline because the read-only [metrics] token is no session: checked here,
    // in constant time; any operator's session token works too.
    router.add("GET", api::Metrics, Access::Public, [&box](const ApiRequest &request) {
        const QByteArray authorization = request.header("Authorization");
        const QByteArray token = authorization.startsWith("Bearer ") ? authorization.mid(7).trimmed() : QByteArray();
        const QByteArray configured = box.config->metrics.token.toUtf8();
        bool allowed = !token.isEmpty() && !configured.isEmpty() && sameSecret(token, configured);
        if (!allowed && !token.isEmpty()) {
            const auto actor = box.auth->authenticate(QString::fromLatin1(token), request.address);
            allowed = actor && !actor->op.mustChangePassword;
        }
        if (!allowed)
            return ApiReply::error(Error{QStringLiteral("unauthorized"),
                                         QStringLiteral("A bearer token is needed: an operator's, or the [metrics] token."),
                                         {}});
        ApiReply reply;
        reply.body = MetricsExporter(box).render();
        reply.contentType = "text/plain; version=0.0.4";
        return reply;
    });
}

} // namespace mente::box
