// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setup/NetworkSettings.h"
#include "shared/Result.h"

#include <QJsonObject>

namespace mente::box {

// The seam between the setup page and the operating system's network configuration
// (ARCHITECTURE.md). apply() remembers what it replaced, so restore() can put it back when the
// change is not confirmed in time; commit() forgets it once the change is confirmed.
// pendingState()/adoptPendingState() carry what restore() needs across a restart of the box, so a
// change that was never confirmed is rolled back at the next start too.
class NetworkConfigurator
{
public:
    virtual ~NetworkConfigurator() = default;
    virtual Status apply(const NetworkSettings &settings) = 0;
    virtual Status restore() = 0;
    virtual void commit() = 0;
    virtual QJsonObject pendingState() const = 0;
    virtual void adoptPendingState(const QJsonObject &state) = 0;
};

} // namespace mente::box
