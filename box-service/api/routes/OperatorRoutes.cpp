// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Router.h"
#include "api/Routes.h"
#include "app/BoxContext.h"
#include "app/OperatorService.h"
#include "shared/ApiPaths.h"
#include "shared/IdList.h"

#include <QJsonArray>

namespace mente::box {

namespace {
const QString kOperatorById = api::Operators + QStringLiteral("/{id}");
} // namespace

void registerOperatorRoutes(Router &router, BoxContext &box)
{
    router.add("GET", api::Operators, Access::Admin, [&box](const ApiRequest &request) {
        const bool removed = request.query.queryItemValue(QStringLiteral("removed")) == QLatin1String("true");
        QJsonArray list;
        for (const Operator &op : box.operatorService->list(removed))
            list.append(op.toJson());
        return ApiReply::json(list);
    });

    router.add("POST", api::Operators, Access::Admin, [&box](const ApiRequest &request) {
        auto body = request.json();
        if (!body)
            return ApiReply::error(body.error());
        auto draft = OperatorDraft::fromJson(body.value(), OperatorDraft::Mode::Create);
        if (!draft)
            return ApiReply::error(draft.error());
        return ApiReply::from(box.operatorService->create(*request.actor, draft.value()), 201);
    });

    router.add("GET", kOperatorById, Access::Admin, [&box](const ApiRequest &request) {
        const auto id = request.id();
        if (!id)
            return ApiReply::notFound(QStringLiteral("operator"));
        return ApiReply::from(box.operatorService->get(*id));
    });

    router.add("PUT", kOperatorById, Access::Admin, [&box](const ApiRequest &request) {
        const auto id = request.id();
        if (!id)
            return ApiReply::notFound(QStringLiteral("operator"));
        auto body = request.json();
        if (!body)
            return ApiReply::error(body.error());
        auto draft = OperatorDraft::fromJson(body.value(), OperatorDraft::Mode::Update);
        if (!draft)
            return ApiReply::error(draft.error());
        return ApiReply::from(box.operatorService->update(*request.actor, *id, draft.value()));
    });

    router.add("DELETE", kOperatorById, Access::Admin, [&box](const ApiRequest &request) {
        const auto id = request.id();
        if (!id)
            return ApiReply::notFound(QStringLiteral("operator"));
        if (const Status s = box.operatorService->remove(*request.actor, {*id}, QStringLiteral("id")); !s)
            return ApiReply::error(s.error());
        return ApiReply::noContent();
    });

    router.add("POST", api::OperatorsDelete, Access::Admin, [&box](const ApiRequest &request) {
        auto body = request.json();
        if (!body)
            return ApiReply::error(body.error());
        auto ids = idsFromJson(body.value(), QStringLiteral("operator ids"));
        if (!ids)
            return ApiReply::error(ids.error());
        if (const Status s = box.operatorService->remove(*request.actor, ids.value()); !s)
            return ApiReply::error(s.error());
        QJsonArray removed;
        for (qint64 id : ids.value())
            removed.append(id);
        return ApiReply::json(QJsonObject{{QStringLiteral("removed"), removed}});
    });
}

} // namespace mente::box
