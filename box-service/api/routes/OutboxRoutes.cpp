// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Router.h"
#include "api/Routes.h"
#include "notify/OutboxService.h"

#include <QJsonArray>

namespace mente::box {

void registerOutboxRoutes(Router &router, OutboxService &outbox)
{
    // The outbox (F9): every mail with its state, attempts and last error, newest first.
    router.add(RouteId::OutboxList, [&outbox](const ApiRequest &request) {
        const auto limit = queryNumber(request, QStringLiteral("limit"), 200, 5000);
        if (!limit)
            return ApiReply::error(limit.error());
        const auto mails = outbox.list(int(limit.value()), request.query.queryItemValue(QStringLiteral("state")));
        if (!mails)
            return ApiReply::error(mails.error());
        QJsonArray list;
        for (const OutboxMail &mail : mails.value())
            list.append(mail.toJson());
        return ApiReply::json(list);
    });

    router.add(RouteId::OutboxRetry, [&outbox](const ApiRequest &request) {
        return ApiReply::from(outbox.retry(*request.actor, request.id().value_or(0)));
    });
}

} // namespace mente::box
