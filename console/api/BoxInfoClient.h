// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiScope.h"
#include "shared/Box.h"

namespace mente::console {

// The box scope of a box's API (F3, F5): the fleet-row status, the box's detail and its VPN
// hub password (shown only on request; the box audits every such request).
class BoxInfoClient : public ApiScope
{
public:
    using ApiScope::ApiScope;

    void status(QObject *context, Then<BoxStatus> done) const;
    void info(QObject *context, Then<BoxInfo> done) const;
    void vpnPassword(QObject *context, Then<QString> done) const;
};

} // namespace mente::console
