// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Router.h"
#include "api/Routes.h"
#include "service/DeviceService.h"
#include "shared/JsonReader.h"
#include "shared/Protocol.h"

#include <QJsonArray>

namespace mente::box {

namespace {
// A PATCH body parsed into its patch type, or the error naming the field.
template<typename Patch> Result<Patch> patchOf(const ApiRequest &request)
{
    auto body = request.json();
    if (!body)
        return body.error();
    return Patch::fromJson(body.value());
}

ApiReply noContentOr(const Status &s)
{
    return s ? ApiReply::noContent() : ApiReply::error(s.error());
}
} // namespace

void registerDeviceRoutes(Router &router, DeviceService &devices)
{
    router.add(RouteId::DeviceList, [&devices](const ApiRequest &) {
        QJsonArray list;
        for (const Device &d : devices.list())
            list.append(d.toJson());
        return ApiReply::json(list);
    });

    router.add(RouteId::DeviceCreate, [&devices](const ApiRequest &request) {
        auto body = request.json();
        if (!body)
            return ApiReply::error(body.error());
        JsonReader r(body.value());
        const QString ip = r.string(QStringLiteral("ip"), JsonReader::Required, 15);
        if (!r.ok())
            return ApiReply::error(r.error());
        return ApiReply::from(devices.add(*request.actor, ip), 201);
    });

    router.add(RouteId::DeviceShow, [&devices](const ApiRequest &request) {
        const auto device = devices.device(request.id().value_or(0));
        return device ? ApiReply::json(device->toJson()) : ApiReply::notFound(QStringLiteral("device"));
    });

    router.add(RouteId::DeviceUpdate, [&devices](const ApiRequest &request) {
        const qint64 id = request.id().value_or(0);
        if (!devices.device(id)) // an unknown device is 404 before its body is read
            return ApiReply::notFound(QStringLiteral("device"));
        const auto patch = patchOf<DevicePatch>(request);
        if (!patch)
            return ApiReply::error(patch.error());
        return ApiReply::from(devices.update(*request.actor, id, patch.value()));
    });

    router.add(RouteId::DeviceDelete, [&devices](const ApiRequest &request) {
        return noContentOr(devices.remove(*request.actor, request.id().value_or(0)));
    });

    router.add(RouteId::DevicePortCreate, [&devices](const ApiRequest &request) {
        const qint64 id = request.id().value_or(0);
        if (!devices.device(id))
            return ApiReply::notFound(QStringLiteral("device"));
        auto body = request.json();
        if (!body)
            return ApiReply::error(body.error());
        JsonReader r(body.value());
        const int port = int(r.integer(QStringLiteral("port"), JsonReader::Required, 1, 65535));
        const QString protocol = normalizeProtocol(r.string(QStringLiteral("protocol"), JsonReader::Optional, 32));
        if (!r.ok())
            return ApiReply::error(r.error());
        return ApiReply::from(devices.addPort(*request.actor, id, port, protocol), 201);
    });

    router.add(RouteId::PortUpdate, [&devices](const ApiRequest &request) {
        const qint64 id = request.id().value_or(0);
        if (!devices.port(id))
            return ApiReply::notFound(QStringLiteral("port"));
        const auto patch = patchOf<PortPatch>(request);
        if (!patch)
            return ApiReply::error(patch.error());
        return ApiReply::from(devices.updatePort(*request.actor, id, patch.value()));
    });

    router.add(RouteId::PortDelete, [&devices](const ApiRequest &request) {
        return noContentOr(devices.removePort(*request.actor, request.id().value_or(0)));
    });
}

} // namespace mente::box
