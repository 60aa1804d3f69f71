// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiScope.h"
#include "shared/DiscoveryRun.h"

namespace mente::console {

// The discovery scope of a box's API (F3): start a LAN sweep, read the last one.
class DiscoveryClient : public ApiScope
{
public:
    using ApiScope::ApiScope;

    // A sweep that runs already answers 409 (status()).
    void start(QObject *context, Then<DiscoveryRun> done) const;
    void last(QObject *context, Then<DiscoveryRun> done) const;
};

} // namespace mente::console
