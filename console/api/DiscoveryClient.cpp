// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/DiscoveryClient.h"

namespace mente::console {

void DiscoveryClient::start(QObject *context, Then<DiscoveryRun> done) const
{
    send<DiscoveryRun>(to(api::RouteId::DiscoveryStart), {}, context, &ApiScope::one<DiscoveryRun>, std::move(done));
}

void DiscoveryClient::last(QObject *context, Then<DiscoveryRun> done) const
{
    send<DiscoveryRun>(to(api::RouteId::DiscoveryShow), {}, context, &ApiScope::one<DiscoveryRun>, std::move(done));
}

} // namespace mente::console
