// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/PortsClient.h"

namespace mente::console {

void PortsClient::change(qint64 id, const PortPatch &patch, QObject *context, Then<Port> done) const
{
    send<Port>(to(api::RouteId::PortUpdate, id), patch.toJson(), context, &ApiScope::one<Port>, std::move(done));
}

void PortsClient::setMonitor(qint64 id, bool monitor, QObject *context, Then<Port> done) const
{
    PortPatch patch;
    patch.monitor = monitor;
    change(id, patch, context, std::move(done));
}

void PortsClient::setProtocol(qint64 id, const QString &protocol, QObject *context, Then<Port> done) const
{
    PortPatch patch;
    patch.protocol = protocol;
    change(id, patch, context, std::move(done));
}

} // namespace mente::console
