// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/NewDeviceSighting.h"

#include "shared/JsonReader.h"

namespace mente::console {

std::optional<Result<NewDeviceSighting>> NewDeviceSighting::fromEvent(const Event &event)
{
    if (event.kind != QLatin1String("device.new"))
        return std::nullopt;
    NewDeviceSighting s;
    s.deviceId = event.id;
    JsonReader in(event.detail, QStringLiteral("detail"));
    s.ip = in.optionalString(QStringLiteral("ip"), 64).value_or(event.to);
    s.mac = in.optionalString(QStringLiteral("mac"), 64).value_or(QString());
    s.vendor = in.optionalString(QStringLiteral("vendor")).value_or(QString());
    s.hostname = in.optionalString(QStringLiteral("hostname")).value_or(QString());
    if (!in.ok())
        return Result<NewDeviceSighting>(in.error());
    return Result<NewDeviceSighting>(s);
}

} // namespace mente::console
