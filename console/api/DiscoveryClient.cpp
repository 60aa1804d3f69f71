// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/DiscoveryClient.h"

#include "shared/ApiPaths.h"

namespace mente::console {

void DiscoveryClient::start(QObject *context, Then<SweepRun> done) const
{
    send<SweepRun>("POST", api::Discovery, {}, context, &ApiScope::one<SweepRun>, std::move(done));
}

void DiscoveryClient::last(QObject *context, Then<SweepRun> done) const
{
    send<SweepRun>("GET", api::Discovery, {}, context, &ApiScope::one<SweepRun>, std::move(done));
}

} // namespace mente::console
