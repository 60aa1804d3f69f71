// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setup/SetupHttp.h"

#include <QCoreApplication>

namespace mente::box {

// The way out to the internet (F1 §6): direct, an HTTP proxy (CONNECT) or a SOCKS5 proxy.
// Stored in the box's config file, section [proxy]: type=none|http|socks5, host, port, user —
// the keys the mailer and the VPN read at start; the password goes to the secrets file
// (kernel/BoxSecrets.h), never into box.conf.
struct ProxySettings
{
    QString type = QStringLiteral("none");
    QString host;
    int port = 0;
    QString user;
    QString password;

    bool direct() const { return type == QLatin1String("none"); }

    static ProxySettings load(const QString &configFile, const QString &secretsFile);
    // Also moves every other secret box.conf still holds into the secrets file.
    // A failed save's error says why in English for the log, and names in `field` the file
    // (secretsFile or configFile) that could not be read or written.
    Status save(const QString &configFile, const QString &secretsFile) const;
};

// Reads the proxy form. An empty password keeps the stored one (it is never shown again).
class ProxyForm
{
public:
    static ProxySettings read(const SetupRequest &request, const ProxySettings &stored, FieldErrors &errors);
};

} // namespace mente::box
