// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanRoutes.h"

#include "api/Router.h"
#include "app/BoxContext.h"
#include "scan/ScanService.h"
#include "shared/ApiPaths.h"
#include "shared/JsonReader.h"
#include "store/AuditLog.h"
#include "store/DeviceStore.h"

namespace mente::box {

void registerScanRoutes(Router &router, BoxContext &box, ScanService &scans)
{
    router.add("POST", api::Devices + QStringLiteral("/{id}/scan"), Access::Operator,
               [&box, &scans](const ApiRequest &request) {
                   const auto id = request.id();
                   const auto device = id ? box.devices->byId(*id) : std::nullopt;
                   if (!device)
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
                   const Result<qint64> scanId = scans.start(*id, ports);
                   if (!scanId)
                       return ApiReply::error(scanId.error());
                   const Actor &a = *request.actor;
                   box.audit->record({a.op.id, a.op.login, a.address, QStringLiteral("device.scan"), device->ip,
                                      QStringLiteral("scan %1").arg(scanId.value())});
                   return ApiReply::json(QJsonObject{{QStringLiteral("scanId"), scanId.value()}}, 202);
               });

    router.add("GET", api::Scans + QStringLiteral("/{id}"), Access::Operator, [&scans](const ApiRequest &request) {
        const auto id = request.id();
        const auto record = id ? scans.scan(*id) : std::nullopt;
        return record ? ApiReply::json(record->toJson()) : ApiReply::notFound(QStringLiteral("scan"));
    });
}

} // namespace mente::box
