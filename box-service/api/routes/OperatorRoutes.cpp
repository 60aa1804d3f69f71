// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Router.h"
#include "api/Routes.h"
#include "app/BoxContext.h"
#include "app/OperatorService.h"
#include "shared/ApiPaths.h"

#include <QJsonArray>

namespace mente::box {

namespace {
const QString kOperatorById = api::Operators + QStringLiteral("/{id}");

Result<QList<qint64>> idsFromJson(const QJsonObject &body)
{
    const QJsonValue value = body.value(QStringLiteral("ids"));
    if (!value.isArray())
        return Error::validation(QStringLiteral("ids"), QStringLiteral("ids must be an array of operator ids."));
    QList<qint64> ids;
    const QJsonArray array = value.toArray();
    if (array.size() > 1000)
        return Error::validation(QStringLiteral("ids"), QStringLiteral("At most 1000 ids at once."));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const double d = array.at(i).toDouble(-1);
        if (!array.at(i).isDouble() || d < 1 || d != double(qint64(d)))
            return Error::validation(QStringLiteral("ids[%1]").arg(i), QStringLiteral("An id is a positive whole number."));
        if (!ids.contains(qint64(d)))
            ids << qint64(d);
    }
    return ids;
}
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
        auto ids = idsFromJson(body.value());
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
