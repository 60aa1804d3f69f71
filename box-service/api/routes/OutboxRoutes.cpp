// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Router.h"
#include "api/Routes.h"
#include "app/BoxContext.h"
#include "notify/Outbox.h"
#include "shared/ApiPaths.h"
#include "store/Database.h"
#include "store/AuditLog.h"

#include <QJsonArray>

namespace mente::box {

void registerOutboxRoutes(Router &router, BoxContext &box)
{
    // The outbox (F9): every mail with its state, attempts and last error, newest first. The
    // message text and the SMTP settings never leave the box.
    router.add("GET", api::Outbox, Access::Admin, [&box](const ApiRequest &request) {
        const auto limit = queryNumber(request, QStringLiteral("limit"), 200, 5000);
        if (!limit)
            return ApiReply::error(limit.error());
        const QString state = request.query.queryItemValue(QStringLiteral("state"));
        if (!state.isEmpty() && state != Outbox::Queued && state != Outbox::Sending && state != Outbox::Sent
            && state != Outbox::Failed)
            return ApiReply::error(Error::validation(
                QStringLiteral("state"), QStringLiteral("state must be queued, sending, sent or failed-permanently.")));
        QJsonArray list;
        for (const OutboxMail &mail : box.outbox->list(int(limit.value()), state))
            list.append(mail.toJson());
        return ApiReply::json(list);
    });

    router.add("POST", api::Outbox + QStringLiteral("/{id}/retry"), Access::Admin, [&box](const ApiRequest &request) {
        const auto id = request.id();
        if (!id)
            return ApiReply::notFound(QStringLiteral("mail"));
        const Actor &actor = *request.actor;
        Result<OutboxMail> retried = Error{};
        const Status s = box.db->transaction([&]() -> Status {
            retried = box.outbox->retry(*id);
            if (!retried)
                return retried.error();
            return box.audit->record({actor.op.id, actor.op.login, actor.address, QStringLiteral("outbox.retry"),
                                      QString::number(*id), retried->subject});
        });
        if (!s)
            return ApiReply::error(s.error());
        return ApiReply::json(retried->toJson());
    });
}

} // namespace mente::box
