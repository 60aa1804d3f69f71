// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Router.h"
#include "api/Routes.h"
#include "service/OperatorService.h"
#include "shared/ApiPaths.h"
#include "shared/IdList.h"

#include <QJsonArray>

namespace mente::box {

void registerOperatorRoutes(Router &router, OperatorService &operators)
{
    router.add(RouteId::OperatorList, [&operators](const ApiRequest &request) {
        const bool removed = request.query.queryItemValue(QStringLiteral("removed")) == QLatin1String("true");
        QJsonArray list;
        for (const Operator &op : operators.list(removed))
            list.append(op.toJson());
        return ApiReply::json(list);
    });

    router.add(RouteId::OperatorCreate, [&operators](const ApiRequest &request) {
        auto body = request.json();
        if (!body)
            return ApiReply::error(body.error());
        auto draft = OperatorDraft::fromJson(body.value(), OperatorDraft::Mode::Create);
        if (!draft)
            return ApiReply::error(draft.error());
        return ApiReply::from(operators.create(*request.actor, draft.value()), 201);
    });

    router.add(RouteId::OperatorShow, [&operators](const ApiRequest &request) {
        const auto id = request.id();
        if (!id)
            return ApiReply::notFound(QStringLiteral("operator"));
        return ApiReply::from(operators.get(*id));
    });

    router.add(RouteId::OperatorUpdate, [&operators](const ApiRequest &request) {
        const auto id = request.id();
        if (!id)
            return ApiReply::notFound(QStringLiteral("operator"));
        auto body = request.json();
        if (!body)
            return ApiReply::error(body.error());
        auto draft = OperatorDraft::fromJson(body.value(), OperatorDraft::Mode::Update);
        if (!draft)
            return ApiReply::error(draft.error());
        return ApiReply::from(operators.update(*request.actor, *id, draft.value()));
    });

    router.add(RouteId::OperatorDelete, [&operators](const ApiRequest &request) {
        const auto id = request.id();
        if (!id)
            return ApiReply::notFound(QStringLiteral("operator"));
        if (const Status s = operators.remove(*request.actor, {*id}, QStringLiteral("id")); !s)
            return ApiReply::error(s.error());
        return ApiReply::noContent();
    });

    router.add(RouteId::OperatorsDelete, [&operators](const ApiRequest &request) {
        auto body = request.json();
        if (!body)
            return ApiReply::error(body.error());
        auto ids = idsFromJson(body.value(), QStringLiteral("operator ids"));
        if (!ids)
            return ApiReply::error(ids.error());
        if (const Status s = operators.remove(*request.actor, ids.value()); !s)
            return ApiReply::error(s.error());
        QJsonArray removed;
        for (qint64 id : ids.value())
            removed.append(id);
        return ApiReply::json(QJsonObject{{QStringLiteral("removed"), removed}});
    });
}

} // namespace mente::box
