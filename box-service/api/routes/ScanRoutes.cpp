// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/routes/ScanRoutes.h"

#include "api/Router.h"
#include "scan/ScanService.h"
#include "shared/JsonReader.h"

namespace mente::box {

void registerScanRoutes(Router &router, ScanService &scans)
{
    router.add(RouteId::DeviceScan, [&scans](const ApiRequest &request) {
                   const auto id = request.id();
                   if (!id)
                       return ApiReply::notFound(QStringLiteral("device"));
                   // No body (or no "ports"): every port.
                   std::optional<PortList> ports;
                   if (!request.body.trimmed().isEmpty()) {
                       auto body = request.json();
                       if (!body)
                           return ApiReply::error(body.error());
                       const QJsonObject object = body.value();
                       if (object.contains(QStringLiteral("ports"))) {
                           if (!object.value(QStringLiteral("ports")).isString())
                               return ApiReply::error(
                                   Error::validation(QStringLiteral("ports"),
                                                     QStringLiteral("The port list is a text like \"1-1000,3389\".")));
                           auto parsed = PortList::parse(object.value(QStringLiteral("ports")).toString());
                           if (!parsed)
                               return ApiReply::error(parsed.error());
                           ports = std::move(parsed).value();
                       }
                   }
                   const Result<qint64> scanId = scans.start(*request.actor, *id, ports);
                   if (!scanId)
                       return ApiReply::error(scanId.error());
                   return ApiReply::json(QJsonObject{{QStringLiteral("scanId"), scanId.value()}}, 202);
               });

    router.add(RouteId::ScanShow, [&scans](const ApiRequest &request) {
        const auto id = request.id();
        const auto record = id ? scans.scan(*id) : std::nullopt;
        return record ? ApiReply::json(record->toJson()) : ApiReply::notFound(QStringLiteral("scan"));
    });
}

} // namespace mente::box
