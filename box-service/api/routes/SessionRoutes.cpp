// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/AuthService.h"
#include "api/Router.h"
#include "api/Routes.h"
#include "shared/ApiPaths.h"
#include "shared/JsonReader.h"
#include "shared/TimeFormat.h"

namespace mente::box {

void registerSessionRoutes(Router &router, AuthService &auth)
{
    router.add(RouteId::SessionLogin, [&auth](const ApiRequest &request) {
        auto body = request.json();
        if (!body)
            return ApiReply::error(body.error());
        JsonReader r(body.value());
        const QString login = r.string(QStringLiteral("login"), JsonReader::Required, 64);
        const QString password = r.string(QStringLiteral("password"), JsonReader::Required, 256);
        if (!r.ok())
            return ApiReply::error(r.error());
        auto result = auth.login(login, password, request.address);
        if (!result)
            return ApiReply::error(result.error());
        return ApiReply::json({
            {QStringLiteral("token"), result->token},
            {QStringLiteral("expiresAt"), toIso(result->expiresAt)},
            {QStringLiteral("mustChangePassword"), result->op.mustChangePassword},
            {QStringLiteral("operator"), result->op.toJson()},
        });
    });

    router.add(RouteId::SessionShow, [](const ApiRequest &request) {
        return ApiReply::json({
            {QStringLiteral("mustChangePassword"), request.actor->op.mustChangePassword},
            {QStringLiteral("operator"), request.actor->op.toJson()},
        });
    });

    router.add(RouteId::SessionPassword, [&auth](const ApiRequest &request) {
        auto body = request.json();
        if (!body)
            return ApiReply::error(body.error());
        JsonReader r(body.value());
        // JsonReader trims; the password policy allows no spaces, so nothing is lost.
        const QString current = r.string(QStringLiteral("current"), JsonReader::Required, 256);
        const QString next = r.string(QStringLiteral("new"), JsonReader::Required, 256);
        if (!r.ok())
            return ApiReply::error(r.error());
        if (const Status s = auth.changePassword(*request.actor, current, next); !s)
            return ApiReply::error(s.error());
        return ApiReply::noContent();
    });

    router.add(RouteId::SessionLogout, [&auth](const ApiRequest &request) {
        if (const Status s = auth.logout(*request.actor); !s)
            return ApiReply::error(s.error());
        return ApiReply::noContent();
    });
}

} // namespace mente::box
