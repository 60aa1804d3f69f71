// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setup/SetupHttp.h"

#include <functional>

namespace mente {
class Clock;
}

namespace mente::box {

class AuditLog;
class AuthService;
class CustomerService;
class FallbackAddress;
class MailSettingsService;
class MetaStore;
struct BoxIdentity;
struct SetupSettings;
class CsrfGuard;
class NetworkChange;
class PowerControl;
class ProxyTester;
class SetupLanguage;

// The box's parts the setup site uses, handed in by the composition root (BoxService). The pages
// call the same services as the API (customer and licence, password, audit).
struct SetupServices
{
    const SetupSettings &settings; // [setup]
    QString configFile;            // box.conf, where the proxy page writes [proxy]
    QString secretsFile;           // where it writes the proxy's password (BoxSecrets)
    // [proxy] check_target and check_timeout_ms: the proxy page reaches it through a proxy before saving one.
    QString proxyCheckTarget;
    int proxyCheckTimeoutMs = 8000;
    const BoxIdentity &identity;
    CustomerService &customers;
    AuthService &auth;
    AuditLog &audit;
    MetaStore &meta;
    const Clock &clock;
    std::function<const FallbackAddress *()> fallback; // the first-boot address while there is one
    MailSettingsService *mail = nullptr; // the /mail page's settings and test mail; none: no page
};

// What every setup page may use; owned by SetupServer.
struct SetupEnv
{
    const SetupServices &services;
    SetupLanguage &language;
    NetworkChange &network;
    ProxyTester &proxyTester;
    PowerControl &power;
    QString configFile;  // where [proxy] is written
    QString secretsFile; // where its password is written (BoxSecrets)
};

// One path of the setup site.
class SetupPageHandler
{
public:
    virtual ~SetupPageHandler() = default;
    virtual void handle(const SetupRequest &request, const Respond &respond) = 0;
};

} // namespace mente::box
