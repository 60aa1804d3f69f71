// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/AuthSettings.h"
#include "discovery/DiscoverySettings.h"
#include "http/HttpSettings.h"
#include "kernel/ConfigReader.h"
#include "monitor/MonitorSettings.h"
#include "monitor/VpnSettings.h"
#include "notify/MailSettings.h"
#include "report/ReportSettings.h"
#include "scan/ScanSettings.h"
#include "setup/FirstBootSettings.h"
#include "setup/SetupSettings.h"
#include "shared/Result.h"
#include "tunnel/TunnelSettings.h"

#include <QStringList>

namespace mente::box {

// The box's INI configuration (API.md "Config keys"), read once by the composition root, which
// hands each module its own settings type (declared in that module: MonitorSettings in monitor/,
// ScanSettings in scan/, ...). Every interval a test may need to shorten is here. A bad value
// stops the box with an error naming "[section] key".
struct BoxConfig
{
    SessionSettings session; // [session]
    LoginSettings auth;      // [auth]

    struct Api
    {
        int maxBodyBytes = 256 * 1024;
        HttpSettings http; // timeouts and connection limits of the HTTPS port
    } api;

    struct Box
    {
        QString serial; // empty: made once at first start
        int sshPort = 0;     // 0: the tunnel endpoint's real port; set it when NAT maps another port to it
        QString addressMode; // "dhcp"/"static"; empty: as the setup page last set it
    } box;

    VpnSettings vpn; // [vpn]

    MonitorSettings monitor; // [monitor]

    struct Events
    {
        int keepaliveS = 15;
        int maxStreams = 256;
    } events;

    MailSettings mail; // [mail]

    // How the box reaches the Internet (F1, the setup page's proxy form); mails go through it.
    struct Proxy
    {
        QString type = QStringLiteral("none"); // none, http, socks5
        QString host;
        int port = 0;
        QString user;
        QString password;
        // The setup page writes the keys above, after reaching this host:port through the proxy.
        QString checkTarget = QStringLiteral("www.example.com:443");
        int checkTimeoutMs = 8000;
    } proxy;

    struct Lan
    {
        QStringList cidrs;
    } lan;

    struct Metrics
    {
        QString token;
    } metrics;

    SetupSettings setup;         // [setup]
    FirstBootSettings network;   // [network]
    ScanSettings scan;           // [scan]
    DiscoverySettings discovery; // [discovery], with [lan] cidrs
    ReportSettings report;       // [report]
    TunnelSettings tunnel;       // [tunnel]

    // Secrets box.conf still holds (BoxSecrets::keys()); they move to the secrets file on the
    // next save of the setup page.
    QStringList secretsInConfig;

    // Reads the file and, when given, the secrets file (BoxSecrets); a missing file means all
    // defaults.
    static Result<BoxConfig> load(const QString &path, const QString &secretsPath = {});
};

} // namespace mente::box
