// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/BoxInfoClient.h"

namespace mente::console {

void BoxInfoClient::status(QObject *context, Then<BoxStatus> done) const
{
    send<BoxStatus>(to(api::RouteId::Status), {}, context, &ApiScope::one<BoxStatus>, std::move(done));
}

void BoxInfoClient::info(QObject *context, Then<BoxInfo> done) const
{
    send<BoxInfo>(to(api::RouteId::BoxInfo), {}, context, &ApiScope::one<BoxInfo>, std::move(done));
}

void BoxInfoClient::vpnPassword(QObject *context, Then<QString> done) const
{
    send<QString>(
        to(api::RouteId::BoxVpnPassword), {}, context,
        [](const ApiReply &r) -> Result<QString> {
            // Taken as it is (a password may have spaces at either end).
            const QJsonValue secret = r.object().value(QStringLiteral("password"));
            if (!secret.isString() && !secret.isNull() && !secret.isUndefined())
                return Error::validation(QStringLiteral("password"), QStringLiteral("password must be a string."));
            return secret.toString();
        },
        std::move(done));
}

} // namespace mente::console
