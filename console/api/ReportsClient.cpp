// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ReportsClient.h"

namespace mente::console {

void ReportsClient::list(QObject *context, Then<QList<ReportSummary>> done) const
{
    ApiScope::send<QList<ReportSummary>>(to(api::RouteId::ReportList), {}, context, &ApiScope::list<ReportSummary>,
                                         std::move(done));
}

void ReportsClient::report(qint64 id, QObject *context, Then<MonthlyReport> done) const
{
    ApiScope::send<MonthlyReport>(to(api::RouteId::ReportShow, id), {}, context, &ApiScope::one<MonthlyReport>,
                                  std::move(done));
}

void ReportsClient::build(const QString &month, QObject *context, Then<MonthlyReport> done) const
{
    ApiScope::send<MonthlyReport>(to(api::RouteId::ReportCreate),
                                  QJsonObject{{QStringLiteral("month"), month.trimmed()}}, context,
                                  &ApiScope::one<MonthlyReport>, std::move(done));
}

void ReportsClient::send(qint64 id, QObject *context, Then<Done> done) const
{
    ApiScope::send<Done>(to(api::RouteId::ReportSend, id), QJsonObject{}, context, &ApiScope::nothing, std::move(done));
}

} // namespace mente::console
