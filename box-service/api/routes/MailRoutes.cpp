// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Router.h"
#include "api/Routes.h"
#include "notify/MailSettingsService.h"
#include "shared/MailServer.h"

namespace mente::box {

void registerMailRoutes(Router &router, MailSettingsService &mail)
{
    // The SMTP settings (admins only, as the table says): never the password, only passwordSet.
    router.add(RouteId::BoxMailShow, [&mail](const ApiRequest &) { return ApiReply::json(mail.current().toJson()); });

    router.add(RouteId::BoxMailUpdate, [&mail](const ApiRequest &request) {
        auto body = request.json();
        if (!body)
            return ApiReply::error(body.error());
        auto update = MailServerUpdate::fromJson(body.value());
        if (!update)
            return ApiReply::error(update.error());
        auto saved = mail.update(*request.actor, update.value());
        if (!saved && saved.error().code == QLatin1String("internal")) {
            Error e = saved.error();
            e.field.clear(); // the file is in the message; `field` names a field of the body
            return ApiReply::error(e);
        }
        return ApiReply::from(saved);
    });
}

} // namespace mente::box
