// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/routes/ReportRoutes.h"

#include "api/Router.h"
#include "notify/MailTemplates.h"
#include "report/ReportRenderer.h"
#include "report/ReportService.h"

#include <QJsonArray>

namespace mente::box {

namespace {
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

void registerReportRoutes(Router &router, ReportService &reports)
{
    router.add(RouteId::ReportList, [&reports](const ApiRequest &) {
        QJsonArray list;
        for (const ReportSummary &s : reports.list())
            list.append(s.toJson());
        return ApiReply::json(list);
    });

    router.add(RouteId::ReportCreate, [&reports](const ApiRequest &request) {
        auto body = request.json();
        if (!body)
            return ApiReply::error(body.error());
        const auto month = reportMonthFromJson(body.value());
        if (!month)
            return ApiReply::error(month.error());
        const auto built = reports.build(*request.actor, month.value());
        if (!built)
            return ApiReply::error(built.error());
        return ApiReply::json(built->report.toJson(), built->replaced ? 200 : 201);
    });

    router.add(RouteId::ReportShow, [&reports](const ApiRequest &request) {
        const auto report = reports.report(request.id().value_or(0));
        if (!report)
            return ApiReply::notFound(QStringLiteral("report"));
        if (!wantsHtml(request))
            return ApiReply::json(report->toJson());
        ApiReply reply;
        reply.body = ReportRenderer::html(*report, languageOf(request)).toUtf8();
        reply.contentType = "text/html; charset=utf-8";
        return reply;
    });

    router.add(RouteId::ReportSend, [&reports](const ApiRequest &request) {
        return ApiReply::from(reports.send(*request.actor, request.id().value_or(0)));
    });
}

} // namespace mente::box
