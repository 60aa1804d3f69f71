// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/DiscoveryClient.h"

namespace mente::console {

void DiscoveryClient::start(QObject *context, Then<SweepRun> done) const
{
    send<SweepRun>(to(api::RouteId::DiscoveryStart), {}, context, &ApiScope::one<SweepRun>, std::move(done));
}

void DiscoveryClient::last(QObject *context, Then<SweepRun> done) const
{
    send<SweepRun>(to(api::RouteId::DiscoveryShow), {}, context, &ApiScope::one<SweepRun>, std::move(done));
}

} // namespace mente::console
