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

    // The setup page (F1): how a network change is applied and confirmed, how power is switched.
    struct Setup
    {
        int confirmS = 120;                                             // rollback unless confirmed in time
        QString networkBackend = QStringLiteral("networkd");            // "networkd" or "ip"
        QString networkDir = QStringLiteral("/etc/systemd/network");    // networkd: where the file goes
        QString networkFile = QStringLiteral("50-mente.network");
        QString networkInterface;                                       // empty: the box's main interface
        QString networkReloadCmd = QStringLiteral("networkctl reload"); // networkd: after writing the file
        QString poweroffCmd = QStringLiteral("systemctl poweroff");
        QString rebootCmd = QStringLiteral("systemctl reboot");
        HttpSettings http = defaultHttp(); // timeouts and connection limits of the plain-HTTP port
        // Who may use the page: "lan" (the box's own subnets and loopback), "any", or CIDRs.
        QString allowFrom = QStringLiteral("lan");

        static HttpSettings defaultHttp()
        {
            HttpSettings s;
            s.maxConnections = 64;
            s.maxPerAddress = 16;
            s.maxBodyBytes = 64 * 1024;
            return s;
        }
    } setup;
    // How the box is found on a customer's LAN (F1, "finding the box on the network"): its host name (sent with DHCP and
    // announced with mDNS/DNS-SD through avahi-daemon) and the first-boot address without DHCP.
    struct Network
    {
        QString hostname; // empty: mente-<serial> in lower case
        QString hostnameCmd = QStringLiteral("hostnamectl set-hostname"); // + the name; empty: leave it
        bool announce = true;                                             // mDNS/DNS-SD via avahi-daemon
        int fallbackAfterS = 60;
        QString fallbackAddress = QStringLiteral("192.168.234.237/24"); // a.b.c.d/p, link-local or off
    } network;
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
