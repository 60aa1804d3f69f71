// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiScope.h"

#include <optional>

namespace mente::console {

// The scans scope of a box's API (F6): starts a port scan of one device. Its progress and its
// end come as "scan" events (ScanProgressDetail), not by asking.
class ScansClient : public ApiScope
{
public:
    using ApiScope::ApiScope;

    // ports like "1-1024,3389"; every port when none is given. Answers the new scan's id.
    void start(qint64 deviceId, const std::optional<QString> &ports, QObject *context, Then<qint64> done) const;
};

} // namespace mente::console
