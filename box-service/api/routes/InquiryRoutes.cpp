// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Router.h"
#include "api/Routes.h"
#include "service/InquiryService.h"

#include <QJsonArray>

namespace mente::box {

namespace {
Result<InquiryDraft> draftOf(const ApiRequest &request, InquiryDraft::Mode mode)
{
    auto body = request.json();
    if (!body)
        return body.error();
    return InquiryDraft::fromJson(body.value(), mode);
}
} // namespace

void registerInquiryRoutes(Router &router, InquiryService &inquiries)
{
    router.add(RouteId::InquiryList, [&inquiries](const ApiRequest &request) {
        const auto list = inquiries.list(request.query.queryItemValue(QStringLiteral("status")));
        if (!list)
            return ApiReply::error(list.error());
        QJsonArray array;
        for (const Inquiry &i : list.value())
            array.append(i.toJson());
        return ApiReply::json(array);
    });

    router.add(RouteId::InquiryCreate, [&inquiries](const ApiRequest &request) {
        const auto draft = draftOf(request, InquiryDraft::Mode::Create);
        if (!draft)
            return ApiReply::error(draft.error());
        return ApiReply::from(inquiries.create(*request.actor, draft.value()), 201);
    });

    router.add(RouteId::InquiryShow, [&inquiries](const ApiRequest &request) {
        const auto inquiry = inquiries.inquiry(request.id().value_or(0));
        return inquiry ? ApiReply::json(inquiry->toJson()) : ApiReply::notFound(QStringLiteral("inquiry"));
    });

    router.add(RouteId::InquiryUpdate, [&inquiries](const ApiRequest &request) {
        const qint64 id = request.id().value_or(0);
        if (!inquiries.inquiry(id)) // an unknown inquiry is 404 before its body is read
            return ApiReply::notFound(QStringLiteral("inquiry"));
        const auto draft = draftOf(request, InquiryDraft::Mode::Update);
        if (!draft)
            return ApiReply::error(draft.error());
        return ApiReply::from(inquiries.update(*request.actor, id, draft.value()));
    });
}

} // namespace mente::box
