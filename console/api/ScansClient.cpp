// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ScansClient.h"

#include "shared/JsonReader.h"

namespace mente::console {

void ScansClient::start(qint64 deviceId, const std::optional<QString> &ports, QObject *context, Then<qint64> done) const
{
    const QJsonValue body = ports ? QJsonValue(QJsonObject{{QStringLiteral("ports"), *ports}}) : QJsonValue();
    send<qint64>(
        to(api::RouteId::DeviceScan, deviceId), body, context,
        [](const ApiReply &r) -> Result<qint64> {
            JsonReader in(r.object());
            const qint64 id = in.integer(QStringLiteral("scanId"), JsonReader::Required, 1, Q_INT64_C(1) << 53);
            if (!in.ok())
                return in.error();
            return id;
        },
        std::move(done));
}

} // namespace mente::console
