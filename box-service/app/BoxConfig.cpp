// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/BoxConfig.h"

#include "app/BoxOptions.h"
#include "kernel/BoxSecrets.h"
#include "setup/SetupGuard.h"
#include "shared/MailServer.h"
#include "shared/Validation.h"

#include <QUrl>

#include <optional>

namespace mente::box {

namespace {
// The timeouts (seconds, fractions allowed) and connection limits of one port's section.
HttpSettings readHttp(ConfigReader &r, const QString &section, HttpSettings s, bool tls)
{
    const auto ms = [&](const char *key, int fallbackMs, double maxS) {
        const QString name = section + QLatin1Char('/') + QLatin1String(key);
        return int(r.number(name, fallbackMs / 1000.0, 0.05, maxS) * 1000);
    };
    if (tls)
        s.handshakeMs = ms("handshake_timeout_s", s.handshakeMs, 600);
    s.headMs = ms("header_timeout_s", s.headMs, 600);
    s.bodyMs = ms("body_timeout_s", s.bodyMs, 3600);
    s.idleMs = ms("idle_timeout_s", s.idleMs, 3600);
    s.maxConnections = r.integer(section + QStringLiteral("/max_connections"), s.maxConnections, 1, 100000);
    s.maxPerAddress =
        r.integer(section + QStringLiteral("/max_connections_per_address"), s.maxPerAddress, 1, 100000);
    return s;
}
} // namespace

Result<BoxConfig> BoxConfig::load(const QString &path, const QString &secretsPath)
{
    BoxConfig c;
    std::optional<BoxSecrets> secrets;
    if (!secretsPath.isEmpty()) {
        auto read = BoxSecrets::read(secretsPath);
        if (!read)
            return read.error();
        secrets = std::move(read).value();
    }
    // A missing box.conf means every default, the secrets file's values aside.
    QSettings settings(path, QSettings::IniFormat); // a missing file reads as empty, never written
    if (settings.status() != QSettings::NoError)
        return Error::validation(QStringLiteral("config"), QStringLiteral("Cannot read %1: it is not an INI file.").arg(path));
    ConfigReader r(settings, secrets ? &*secrets : nullptr);
    c.session.ttlMin = r.number(QStringLiteral("session/ttl_min"), c.session.ttlMin, 0.01, 60 * 24 * 90);
    c.auth.maxFailures = r.integer(QStringLiteral("auth/max_failures"), c.auth.maxFailures, 1, 100);
    c.auth.lockoutS = r.integer(QStringLiteral("auth/lockout_s"), c.auth.lockoutS, 1, 86400);
    c.api.maxBodyBytes = r.integer(QStringLiteral("api/max_body_bytes"), c.api.maxBodyBytes, 1024, 64 * 1024 * 1024);
    c.api.http = readHttp(r, QStringLiteral("api"), c.api.http, true);
    c.api.http.maxBodyBytes = c.api.maxBodyBytes;
    c.setup.http = readHttp(r, QStringLiteral("setup"), c.setup.http, false);
    c.setup.allowFrom = r.text(QStringLiteral("setup/allow_from"), c.setup.allowFrom);
    c.box.serial = r.text(QStringLiteral("box/serial"));
    c.scan = ScanSettings::read(r);
    c.report = ReportSettings::read(r);
    c.box.sshPort = r.integer(QStringLiteral("box/ssh_port"), c.box.sshPort, 0, 65535);
    c.tunnel = TunnelSettings::read(r);
    c.box.addressMode = r.text(QStringLiteral("box/address_mode"));
    c.vpn.hub = r.text(QStringLiteral("vpn/hub"));
    c.vpn.user = r.text(QStringLiteral("vpn/user"));
    c.vpn.password = r.secret(QStringLiteral("vpn/password"));
    c.vpn.interfaceName = r.text(QStringLiteral("vpn/interface"));
    c.monitor.intervalS = r.integer(QStringLiteral("monitor/interval_s"), c.monitor.intervalS, 1, 86400);
    c.monitor.timeoutMs = r.integer(QStringLiteral("monitor/timeout_ms"), c.monitor.timeoutMs, 10, 600000);
    c.monitor.retries = r.integer(QStringLiteral("monitor/retries"), c.monitor.retries, 1, 100);
    c.monitor.recoveries = r.integer(QStringLiteral("monitor/recoveries"), c.monitor.recoveries, 1, 100);
    c.monitor.flapChanges = r.integer(QStringLiteral("monitor/flap_changes"), c.monitor.flapChanges, 0, 1000);
    c.monitor.flapMinutes = r.integer(QStringLiteral("monitor/flap_minutes"), c.monitor.flapMinutes, 1, 1440);
    c.monitor.maxParallel = r.integer(QStringLiteral("monitor/max_parallel"), c.monitor.maxParallel, 1, 4096);
    c.monitor.sshThreads = r.integer(QStringLiteral("monitor/ssh_threads"), c.monitor.sshThreads, 1, 64);
    c.monitor.icmp = r.oneOf(QStringLiteral("monitor/icmp"), c.monitor.icmp,
                             {QStringLiteral("auto"), QStringLiteral("datagram"), QStringLiteral("raw"), QStringLiteral("none")});
    c.monitor.gateway = r.text(QStringLiteral("monitor/gateway"), c.monitor.gateway);
    c.monitor.gatewayIntervalS = r.integer(QStringLiteral("monitor/gateway_interval_s"), c.monitor.gatewayIntervalS, 1, 3600);
    c.events.keepaliveS = r.integer(QStringLiteral("events/keepalive_s"), c.events.keepaliveS, 1, 3600);
    c.events.maxStreams = r.integer(QStringLiteral("events/max_streams"), c.events.maxStreams, 1, 1000);
    c.vpn.vpncmd = r.text(QStringLiteral("vpn/vpncmd"));
    c.vpn.account = r.text(QStringLiteral("vpn/account"));
    c.vpn.checkS = r.integer(QStringLiteral("vpn/check_s"), c.vpn.checkS, 1, 3600);
    c.mail.smtpUrl = r.text(QStringLiteral("mail/smtp_url"));
    c.mail.security = r.oneOf(QStringLiteral("mail/security"), c.mail.security,
                              {QStringLiteral("none"), QStringLiteral("starttls"), QStringLiteral("tls")});
    c.mail.user = r.text(QStringLiteral("mail/user"));
    c.mail.password = r.secret(QStringLiteral("mail/password"));
    c.mail.from = r.text(QStringLiteral("mail/from"), c.mail.from);
    c.mail.repeatMin = r.number(QStringLiteral("mail/repeat_min"), c.mail.repeatMin, MailServer::kMinRepeatMin,
                                   MailServer::kMaxRepeatMin);
    c.mail.caFile = r.text(QStringLiteral("mail/ca_file"));
    c.mail.verifyPeer = r.oneOf(QStringLiteral("mail/verify_peer"), QStringLiteral("true"),
                                {QStringLiteral("true"), QStringLiteral("false")})
        == QLatin1String("true");
    c.mail.timeoutS = r.integer(QStringLiteral("mail/timeout_s"), c.mail.timeoutS, 1, 600);
    c.mail.retryMinS = r.integer(QStringLiteral("mail/retry_min_s"), c.mail.retryMinS, 1, 86400);
    c.mail.retryMaxS = r.integer(QStringLiteral("mail/retry_max_s"), c.mail.retryMaxS, 1, 7 * 86400);
    c.mail.maxAttempts = r.integer(QStringLiteral("mail/max_attempts"), c.mail.maxAttempts, 1, 100000);
    c.proxy.type = r.oneOf(QStringLiteral("proxy/type"), c.proxy.type,
                           {QStringLiteral("none"), QStringLiteral("http"), QStringLiteral("socks5")});
    c.proxy.host = r.text(QStringLiteral("proxy/host"));
    c.proxy.port = r.integer(QStringLiteral("proxy/port"), c.proxy.port, 0, 65535);
    c.proxy.user = r.text(QStringLiteral("proxy/user"));
    c.proxy.password = r.secret(QStringLiteral("proxy/password"));
    c.lan.cidrs = r.list(QStringLiteral("lan/cidrs"));
    c.metrics.token = r.secret(QStringLiteral("metrics/token"));
    c.setup.confirmS = r.integer(QStringLiteral("setup/confirm_s"), c.setup.confirmS, 1, 3600);
    c.setup.networkBackend = r.oneOf(QStringLiteral("setup/network_backend"), c.setup.networkBackend,
                                     {QStringLiteral("networkd"), QStringLiteral("ip")});
    c.setup.networkDir = r.text(QStringLiteral("setup/network_dir"), c.setup.networkDir);
    c.setup.networkFile = r.text(QStringLiteral("setup/network_file"), c.setup.networkFile);
    c.setup.networkInterface = r.text(QStringLiteral("setup/network_interface"));
    c.setup.networkReloadCmd = r.text(QStringLiteral("setup/network_reload_cmd"), c.setup.networkReloadCmd);
    c.setup.poweroffCmd = r.text(QStringLiteral("setup/poweroff_cmd"), c.setup.poweroffCmd);
    c.setup.rebootCmd = r.text(QStringLiteral("setup/reboot_cmd"), c.setup.rebootCmd);
    c.proxy.checkTarget = r.text(QStringLiteral("proxy/check_target"), c.proxy.checkTarget);
    c.proxy.checkTimeoutMs = r.integer(QStringLiteral("proxy/check_timeout_ms"), c.proxy.checkTimeoutMs, 100, 120000);
    c.network.hostname = r.text(QStringLiteral("network/hostname"));
    c.network.hostnameCmd = r.text(QStringLiteral("network/hostname_cmd"), c.network.hostnameCmd);
    c.network.announce = r.oneOf(QStringLiteral("network/announce"), QStringLiteral("on"),
                                 {QStringLiteral("on"), QStringLiteral("off")})
        == QLatin1String("on");
    c.network.fallbackAfterS = r.integer(QStringLiteral("network/fallback_after_s"), c.network.fallbackAfterS, 1, 86400);
    c.network.fallbackAddress = r.text(QStringLiteral("network/fallback_address"), c.network.fallbackAddress);
    c.discovery = DiscoverySettings::read(r, c.lan.cidrs);
    if (!r.ok())
        return r.error();
    c.secretsInConfig = r.secretsInConfig();
    if (const Status s = SetupGuard::checkAllowFrom(c.setup.allowFrom); !s)
        return s.error();
    if (!c.box.serial.isEmpty() && (c.box.serial.size() > 32 || !validation::checkLoginId(c.box.serial).isEmpty()))
        return Error::validation(QStringLiteral("[box] serial"),
                                 QStringLiteral("[box] serial: 3-32 letters, digits, '.', '_' or '-'."));
    if (const QString bad = c.report.check(); !bad.isEmpty())
        return Error::validation(QStringLiteral("[report] time_zone"), bad);
    // The rules of GET/PUT /api/v1/box/mail and the setup page's /mail (shared/MailServer).
    if (const QString bad = c.mail.from.isEmpty() ? QString() : MailServer::checkFrom(c.mail.from); !bad.isEmpty())
        return Error::validation(QStringLiteral("[mail] from"),
                                 QStringLiteral("[mail] from: \"%1\": %2").arg(c.mail.from, bad));
    if (c.mail.retryMaxS < c.mail.retryMinS)
        return Error::validation(QStringLiteral("[mail] retry_max_s"),
                                 QStringLiteral("[mail] retry_max_s: must not be less than retry_min_s."));
    if (const QString bad = MailServer::checkSmtpUrl(c.mail.smtpUrl); !bad.isEmpty())
        return Error::validation(QStringLiteral("[mail] smtp_url"),
                                 QStringLiteral("[mail] smtp_url: \"%1\": %2").arg(c.mail.smtpUrl.left(200), bad));
    if (const QString bad = MailServer::checkUser(c.mail.user); !bad.isEmpty())
        return Error::validation(QStringLiteral("[mail] user"), QStringLiteral("[mail] user: %1").arg(bad));
    if (c.proxy.type != QLatin1String("none") && (c.proxy.host.isEmpty() || c.proxy.port == 0))
        return Error::validation(QStringLiteral("[proxy] host"),
                                 QStringLiteral("[proxy] host and port are needed for a %1 proxy.").arg(c.proxy.type));
    if (c.monitor.gateway != QLatin1String("auto") && c.monitor.gateway != QLatin1String("none")
        && !validation::checkIPv4(c.monitor.gateway).isEmpty())
        return Error::validation(QStringLiteral("[monitor] gateway"),
                                 QStringLiteral("[monitor] gateway: auto, none or an IPv4 address, not \"%1\".")
                                     .arg(c.monitor.gateway));
    if (c.tunnel.enabled() && !parseListenAddress(c.tunnel.listen, QStringLiteral("[tunnel] listen")))
        return Error::validation(
            QStringLiteral("[tunnel] listen"),
            QStringLiteral("[tunnel] listen: \"%1\" is not ADDRESS:PORT like 0.0.0.0:2222 (or off).")
                .arg(c.tunnel.listen));
    if (c.tunnel.user.size() > 32 || !validation::checkLoginId(c.tunnel.user).isEmpty())
        return Error::validation(QStringLiteral("[tunnel] user"),
                                 QStringLiteral("[tunnel] user: 3-32 letters, digits, '.', '_' or '-'."));
    if (!c.network.hostname.isEmpty() && !validation::checkDnsLabel(c.network.hostname).isEmpty())
        return Error::validation(QStringLiteral("[network] hostname"),
                                 QStringLiteral("[network] hostname: \"%1\" is not a host name: lower-case letters a-z, "
                                                "digits and '-', at most 63.")
                                     .arg(c.network.hostname));
    if (const QString &f = c.network.fallbackAddress; f != QLatin1String("off") && f != QLatin1String("link-local")) {
        const QString ip = f.section(QLatin1Char('/'), 0, 0);
        bool ok = false;
        const int prefix = f.section(QLatin1Char('/'), 1, 1).toInt(&ok);
        if (!f.contains(QLatin1Char('/')) || !ok || prefix < 1 || prefix > 30
            || !validation::checkHostInSubnet(ip, prefix).isEmpty())
            return Error::validation(QStringLiteral("[network] fallback_address"),
                                     QStringLiteral("[network] fallback_address: off, link-local or a host address "
                                                    "with its prefix like 192.168.234.237/24, not \"%1\".")
                                         .arg(f));
    }
    for (const QString &cidr : c.lan.cidrs) {
        const QString ip = cidr.section(QLatin1Char('/'), 0, 0);
        bool ok = false;
        const int prefix = cidr.section(QLatin1Char('/'), 1, 1).toInt(&ok);
        if (!cidr.contains(QLatin1Char('/')) || !ok || !validation::checkIPv4(ip).isEmpty()
            || !validation::checkPrefix(prefix).isEmpty())
            return Error::validation(QStringLiteral("[lan] cidrs"),
                                     QStringLiteral("[lan] cidrs: \"%1\" is not a subnet like 192.168.1.0/24.").arg(cidr));
    }
    return c;
}

} // namespace mente::box
