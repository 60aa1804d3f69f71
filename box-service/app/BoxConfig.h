// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discovery/DiscoverySettings.h"
#include "report/ReportSettings.h"
#include "http/HttpSettings.h"
#include "scan/ScanSettings.h"
#include "shared/Result.h"
#include "tunnel/TunnelSettings.h"

#include <QSettings>
#include <QStringList>

namespace mente::box {

// The box's INI configuration (API.md "Config keys"). Every interval a test may need to shorten
// is here. A bad value stops the box with an error naming "[section] key".
struct BoxConfig
{
    struct Session
    {
        double ttlMin = 720; // may be fractional, so tests can watch a token expire
    } session;

    struct Auth
    {
        int maxFailures = 5;
        int lockoutS = 300;
    } auth;

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

    struct Vpn
    {
        QString hub;
        QString user;
        QString password;
        QString interfaceName;
        QString vpncmd;  // path of SoftEther's vpncmd: the account status is asked from it
        QString account; // the client's account name for vpncmd (default: the user)
        int checkS = 10;
    } vpn;

    struct Monitor
    {
        int intervalS = 60;
        int timeoutMs = 2000;
        int retries = 3;
        int recoveries = 1;
        int flapChanges = 6; // more changes than this within flapMinutes is flapping; 0: off
        int flapMinutes = 10;
        int maxParallel = 256; // checks in flight at once
        int sshThreads = 4;
        QString icmp = QStringLiteral("auto"); // auto, datagram, raw, none (TCP only)
        QString gateway = QStringLiteral("auto"); // auto (the default route's), none, or an IPv4 address
        int gatewayIntervalS = 10;
    } monitor;

    struct Events
    {
        int keepaliveS = 15;
        int maxStreams = 256;
    } events;

    struct Mail
    {
        QString smtpUrl;
        QString security = QStringLiteral("none");
        QString user;
        QString password;
        QString from = QStringLiteral("mente-box@localhost.localdomain");
        double repeatMin = 60; // may be fractional, so tests can watch a repeat
        QString caFile;        // extra CA bundle for the SMTP server's certificate (self-signed servers)
        bool verifyPeer = true;
        int timeoutS = 30;          // one delivery attempt
        int retryMinS = 30;         // first retry after a failed attempt, doubling up to retryMaxS
        int retryMaxS = 3600;
        int maxAttempts = 100;      // then failed-permanently (still listed; POST .../retry re-queues)
    } mail;

    // How the box reaches the Internet (F1 proxy form, §6); mails go through it.
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
    // How the box is found on a customer's LAN (F1, seed §4–5): its host name (sent with DHCP and
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

    // Reads the file; a missing file means all defaults.
    static Result<BoxConfig> load(const QString &path);
};

// Reads one INI value with a range check; errors name "[section] key".
class ConfigReader
{
public:
    explicit ConfigReader(QSettings &settings) : m_settings(settings) {}

    int integer(const QString &key, int fallback, int min, int max);
    double number(const QString &key, double fallback, double min, double max);
    QString text(const QString &key, const QString &fallback = {});
    QStringList list(const QString &key);
    QString oneOf(const QString &key, const QString &fallback, const QStringList &allowed);

    bool ok() const { return m_error.isEmpty(); }
    Error error() const { return Error::validation(m_field, m_error); }

private:
    void fail(const QString &key, const QString &message);

    QSettings &m_settings;
    QString m_field;
    QString m_error;
};

} // namespace mente::box
