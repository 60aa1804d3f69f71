// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setup/SetupHttp.h"

namespace mente::box {

struct BoxContext;
class CsrfGuard;
class NetworkChange;
class PowerControl;
class ProxyTester;
class SetupLanguage;

// What every setup page may use; owned by SetupServer.
struct SetupEnv
{
    BoxContext &box;
    SetupLanguage &language;
    NetworkChange &network;
    ProxyTester &proxyTester;
    PowerControl &power;
    QString configFile; // where [proxy] is written
};

// One path of the setup site.
class SetupPageHandler
{
public:
    virtual ~SetupPageHandler() = default;
    virtual void handle(const SetupRequest &request, const Respond &respond) = 0;
};

} // namespace mente::box
