// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/QuietingClient.h"

#include "shared/BoxMute.h"

namespace mente::console {

void QuietingClient::acknowledgeBox(QObject *context, Then<BoxAcknowledgement> done) const
{
    send<BoxAcknowledgement>(to(api::RouteId::BoxAck), QJsonObject{}, context, &ApiScope::one<BoxAcknowledgement>,
                             std::move(done));
}

void QuietingClient::setAcknowledged(bool isPort, qint64 id, bool acknowledged, QObject *context,
                                     Then<Acknowledgement> done) const
{
    using api::RouteId;
    const RouteId route = isPort ? (acknowledged ? RouteId::PortAck : RouteId::PortUnack)
                                 : (acknowledged ? RouteId::DeviceAck : RouteId::DeviceUnack);
    send<Acknowledgement>(to(route, id), acknowledged ? QJsonValue(QJsonObject{}) : QJsonValue(), context,
                          &ApiScope::one<Acknowledgement>, std::move(done));
}

void QuietingClient::muteBox(const QDateTime &until, const QString &reason, QObject *context, Then<Done> done) const
{
    const BoxMuteRequest request{until.toUTC(), reason};
    send<Done>(to(api::RouteId::BoxMute), request.toJson(), context, &ApiScope::nothing, std::move(done));
}

void QuietingClient::unmuteBox(QObject *context, Then<Done> done) const
{
    send<Done>(to(api::RouteId::BoxUnmute), {}, context, &ApiScope::nothing, std::move(done));
}

} // namespace mente::console
