// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiScope.h"
#include "shared/Device.h"

namespace mente::console {

// The ports scope of a box's API (F6): a port row's protocol and monitoring switch.
class PortsClient : public ApiScope
{
public:
    using ApiScope::ApiScope;

    void change(qint64 id, const PortPatch &patch, QObject *context, Then<Port> done) const;
    void setMonitor(qint64 id, bool monitor, QObject *context, Then<Port> done) const;
    void setProtocol(qint64 id, const QString &protocol, QObject *context, Then<Port> done) const;
};

} // namespace mente::console
