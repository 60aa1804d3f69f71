// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Router.h"
#include "api/Routes.h"
#include "app/BoxContext.h"
#include "shared/ApiPaths.h"
#include "shared/Clock.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/InquiryStore.h"

#include <QJsonArray>

namespace mente::box {

void registerInquiryRoutes(Router &router, BoxContext &box)
{
    router.add("GET", api::Inquiries, Access::Operator, [&box](const ApiRequest &request) {
        const QString status = request.query.queryItemValue(QStringLiteral("status"));
        if (!status.isEmpty() && !Inquiry::statuses().contains(status))
            return ApiReply::error(Error::validation(
                QStringLiteral("status"),
                QStringLiteral("status is one of %1.").arg(Inquiry::statuses().join(QStringLiteral(", ")))));
        QJsonArray list;
        for (const Inquiry &i : box.inquiries->list(status))
            list.append(i.toJson());
        return ApiReply::json(list);
    });

    router.add("POST", api::Inquiries, Access::Operator, [&box](const ApiRequest &request) {
        auto body = request.json();
        if (!body)
            return ApiReply::error(body.error());
        auto draft = InquiryDraft::fromJson(body.value(), InquiryDraft::Mode::Create);
        if (!draft)
            return ApiReply::error(draft.error());
        const Actor &actor = *request.actor;
        Inquiry inquiry;
        inquiry.createdAt = inquiry.updatedAt = box.clock->now();
        inquiry.date = inquiry.createdAt.date();
        inquiry.operatorName = actor.op.name.isEmpty() ? actor.op.login : actor.op.name;
        draft->applyTo(inquiry);
        Result<Inquiry> saved = Error{};
        const Status s = box.db->transaction([&]() -> Status {
            saved = box.inquiries->insert(inquiry);
            if (!saved)
                return saved.error();
            return box.audit->record({actor.op.id, actor.op.login, actor.address, QStringLiteral("inquiry.add"),
                                      QString::number(saved->id), inquiry.subject});
        });
        if (!s)
            return ApiReply::error(s.error());
        return ApiReply::json(saved->toJson(), 201);
    });

    router.add("GET", api::Inquiries + QStringLiteral("/{id}"), Access::Operator, [&box](const ApiRequest &request) {
        const auto id = request.id();
        const auto inquiry = id ? box.inquiries->byId(*id) : std::nullopt;
        return inquiry ? ApiReply::json(inquiry->toJson()) : ApiReply::notFound(QStringLiteral("inquiry"));
    });

    router.add("PUT", api::Inquiries + QStringLiteral("/{id}"), Access::Operator, [&box](const ApiRequest &request) {
        const auto id = request.id();
        auto inquiry = id ? box.inquiries->byId(*id) : std::nullopt;
        if (!inquiry)
            return ApiReply::notFound(QStringLiteral("inquiry"));
        auto body = request.json();
        if (!body)
            return ApiReply::error(body.error());
        auto draft = InquiryDraft::fromJson(body.value(), InquiryDraft::Mode::Update);
        if (!draft)
            return ApiReply::error(draft.error());
        draft->applyTo(*inquiry);
        inquiry->updatedAt = box.clock->now();
        const Actor &actor = *request.actor;
        const Status s = box.db->transaction([&]() -> Status {
            if (const Status u = box.inquiries->update(*inquiry); !u)
                return u;
            return box.audit->record({actor.op.id, actor.op.login, actor.address, QStringLiteral("inquiry.update"),
                                      QString::number(*id), draft->toJson().keys().join(QLatin1Char(','))});
        });
        if (!s)
            return ApiReply::error(s.error());
        return ApiReply::json(box.inquiries->byId(*id)->toJson());
    });
}

} // namespace mente::box
