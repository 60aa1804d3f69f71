// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportRoutes.h"

#include "api/Router.h"
#include "app/BoxContext.h"
#include "app/CustomerService.h"
#include "notify/MailTemplates.h"
#include "report/ReportRenderer.h"
#include "report/ReportService.h"
#include "shared/ApiPaths.h"
#include "store/AuditLog.h"
#include "store/ReportStore.h"

#include <QJsonArray>

namespace mente::box {

namespace {
Status audit(const BoxContext &box, const ApiRequest &request, const QString &action, const QString &target)
{
    const Actor &a = *request.actor;
    return box.audit->record({a.op.id, a.op.login, a.address, action, target, {}});
}

bool wantsHtml(const ApiRequest &request)
{
    const QString format = request.query.queryItemValue(QStringLiteral("format"));
    if (!format.isEmpty())
        return format == QLatin1String("html");
    const QByteArray accept = request.header("Accept");
    return accept.contains("text/html") && !accept.contains("application/json");
}

// ?lang=ja|en, else the caller's own language.
QString languageOf(const ApiRequest &request)
{
    const QString lang = request.query.queryItemValue(QStringLiteral("lang"));
    return MailTemplates::language(lang.isEmpty() ? request.actor->op.language : lang);
}
} // namespace

void registerReportRoutes(Router &router, BoxContext &box, ReportService &reports, ReportStore &store)
{
    router.add("GET", api::Reports, Access::Operator, [&store](const ApiRequest &) {
        QJsonArray list;
        for (const ReportSummary &s : store.list())
            list.append(s.toJson());
        return ApiReply::json(list);
    });

    router.add("POST", api::Reports, Access::Operator, [&box, &reports, &store](const ApiRequest &request) {
        auto body = request.json();
        if (!body)
            return ApiReply::error(body.error());
        const auto month = reportMonthFromJson(body.value());
        if (!month)
            return ApiReply::error(month.error());
        const bool existed = store.byMonth(month.value()).has_value();
        auto built = reports.build(month.value());
        if (!built)
            return ApiReply::error(built.error());
        if (const Status a =
                audit(box, request, existed ? QStringLiteral("report.rebuild") : QStringLiteral("report.build"),
                      built->monthText());
            !a)
            return ApiReply::error(a.error());
        return ApiReply::json(built->toJson(), existed ? 200 : 201);
    });

    router.add("GET", api::Reports + QStringLiteral("/{id}"), Access::Operator, [&store](const ApiRequest &request) {
        const auto id = request.id();
        const auto report = id ? store.byId(*id) : std::nullopt;
        if (!report)
            return ApiReply::notFound(QStringLiteral("report"));
        if (!wantsHtml(request))
            return ApiReply::json(report->toJson());
        ApiReply reply;
        reply.body = ReportRenderer::html(*report, languageOf(request)).toUtf8();
        reply.contentType = "text/html; charset=utf-8";
        return reply;
    });

    router.add("POST", api::Reports + QStringLiteral("/{id}/send"), Access::Operator,
               [&box, &reports](const ApiRequest &request) {
                   const auto id = request.id();
                   if (!id)
                       return ApiReply::notFound(QStringLiteral("report"));
                   auto sent = reports.send(*id);
                   if (!sent)
                       return ApiReply::error(sent.error());
                   if (const Status a = audit(box, request, QStringLiteral("report.send"), sent->monthText()); !a)
                       return ApiReply::error(a.error());
                   return ApiReply::json(sent->toJson());
               });
}

} // namespace mente::box
