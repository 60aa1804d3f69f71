// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/BoxConfig.h"

#include "app/BoxOptions.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace mente::box;

namespace {
QString s(const char *t) { return QString::fromUtf8(t); }

mente::Result<BoxConfig> load(const char *ini)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(s("box.conf"));
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(ini);
    f.close();
    return BoxConfig::load(path);
}
} // namespace

TEST(BoxConfig, MissingFileMeansDefaults)
{
    const auto c = BoxConfig::load(s("/nonexistent/box.conf"));
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->monitor.intervalS, 60);
    EXPECT_EQ(c->monitor.timeoutMs, 2000);
    EXPECT_EQ(c->monitor.retries, 3);
    EXPECT_EQ(c->monitor.recoveries, 1);
    EXPECT_EQ(c->session.ttlMin, 720);
    EXPECT_EQ(c->mail.repeatMin, 60);
}

TEST(BoxConfig, ReadsTheKeysOfApiMd)
{
    const auto c = load("[lan]\ncidrs=10.0.0.0/24,192.168.1.0/24\n[monitor]\ninterval_s=5\ntimeout_ms=300\nretries=2\n"
                        "recoveries=2\n[mail]\nsmtp_url=smtp://127.0.0.1:2525\nsecurity=starttls\nfrom=box@example.jp\n"
                        "repeat_min=1\n[session]\nttl_min=0.5\n");
    ASSERT_TRUE(c.ok()) << c.error().message.toStdString();
    EXPECT_EQ(c->lan.cidrs, (QStringList{s("10.0.0.0/24"), s("192.168.1.0/24")}));
    EXPECT_EQ(c->monitor.intervalS, 5);
    EXPECT_EQ(c->mail.security, s("starttls"));
    EXPECT_EQ(c->mail.smtpUrl, s("smtp://127.0.0.1:2525"));
    EXPECT_DOUBLE_EQ(c->session.ttlMin, 0.5);
}

TEST(BoxConfig, BadValuesNameTheKey)
{
    EXPECT_EQ(load("[monitor]\ninterval_s=-1\n").error().field, s("[monitor] interval_s"));
    EXPECT_EQ(load("[monitor]\nretries=1000\n").error().field, s("[monitor] retries"));
    EXPECT_EQ(load("[monitor]\ntimeout_ms=soon\n").error().field, s("[monitor] timeout_ms"));
    EXPECT_EQ(load("[mail]\nfrom=nobody\n").error().field, s("[mail] from"));
    EXPECT_EQ(load("[lan]\ncidrs=10.0.0.0\n").error().field, s("[lan] cidrs"));
    EXPECT_EQ(load("[session]\nttl_min=0\n").error().field, s("[session] ttl_min"));
}

TEST(BoxOptions, ListenAddresses)
{
    auto a = parseListenAddress(s("127.0.0.1:0"), s("api-listen"));
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->port, 0);
    EXPECT_EQ(parseListenAddress(s("[::1]:8443"), s("api-listen"))->address, QHostAddress(QHostAddress::LocalHostIPv6));
    EXPECT_FALSE(parseListenAddress(s("8443"), s("api-listen")).ok());
    EXPECT_FALSE(parseListenAddress(s("host:80"), s("api-listen")).ok());
    EXPECT_FALSE(parseListenAddress(s("1.2.3.4:65536"), s("api-listen")).ok());
    const auto options =
        BoxOptions::parse({s("mente-box"), s("--data-dir"), s("/tmp/x"), s("--setup-listen"), s("127.0.0.1:8080")});
    ASSERT_TRUE(options.ok());
    EXPECT_EQ(options->dataDir, s("/tmp/x"));
    EXPECT_EQ(options->setup.port, 8080);
    EXPECT_EQ(options->api.port, 8443) << "default API port";
    EXPECT_FALSE(BoxOptions::parse({s("mente-box"), s("--bogus")}).ok());
}

TEST(BoxConfig, RepeatedSectionsAddUp)
{
    // tests/support/BoxProcess appends its own [discovery] defaults after a test's config
    const auto c = load("[discovery]\nreverse_dns=false\n[monitor]\nretries=2\n\n[discovery]\nat_start=false\n");
    ASSERT_TRUE(c.ok()) << c.error().message.toStdString();
    EXPECT_FALSE(c->discovery.atStart);
    EXPECT_FALSE(c->discovery.reverseDns);
    EXPECT_EQ(c->monitor.retries, 2);
}

// [network]: how a new box is found at a customer site (seed §4–5).
TEST(BoxConfig, NetworkKeysHaveTheSeedsDefaultsAndNameTheKeyWhenBad)
{
    const auto d = BoxConfig::load(s("/nonexistent/box.conf"));
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->network.fallbackAddress, s("192.168.234.237/24"));
    EXPECT_EQ(d->network.fallbackAfterS, 60);
    EXPECT_TRUE(d->network.announce);
    EXPECT_TRUE(d->network.hostname.isEmpty());

    const auto c = load("[network]\nhostname=myitbox\nfallback_after_s=5\nfallback_address=link-local\nannounce=off\n"
                        "hostname_cmd=\n");
    ASSERT_TRUE(c.ok()) << c.error().message.toStdString();
    EXPECT_EQ(c->network.hostname, s("myitbox"));
    EXPECT_EQ(c->network.fallbackAfterS, 5);
    EXPECT_EQ(c->network.fallbackAddress, s("link-local"));
    EXPECT_FALSE(c->network.announce);
    EXPECT_TRUE(c->network.hostnameCmd.isEmpty());
    EXPECT_TRUE(load("[network]\nfallback_address=off\n").ok());

    const std::pair<const char *, const char *> bad[] = {
        {"[network]\nhostname=My_Box\n", "[network] hostname"},
        {"[network]\nfallback_address=192.168.234.237\n", "[network] fallback_address"},
        {"[network]\nfallback_address=192.168.234.0/24\n", "[network] fallback_address"},
        {"[network]\nfallback_address=dhcp\n", "[network] fallback_address"},
        {"[network]\nfallback_after_s=0\n", "[network] fallback_after_s"},
        {"[network]\nannounce=yes\n", "[network] announce"},
    };
    for (const auto &[ini, field] : bad) {
        const auto r = load(ini);
        ASSERT_FALSE(r.ok()) << ini;
        EXPECT_EQ(r.error().field, s(field)) << ini;
        EXPECT_TRUE(r.error().message.startsWith(s(field))) << r.error().message.toStdString();
    }
}

TEST(BoxConfig, HttpTimeoutsAndLimitsPerPort)
{
    const auto defaults = BoxConfig::load(s("/nonexistent/box.conf"));
    ASSERT_TRUE(defaults.ok());
    EXPECT_EQ(defaults->api.http.handshakeMs, 10000);
    EXPECT_EQ(defaults->api.http.maxConnections, 512);
    EXPECT_EQ(defaults->api.http.maxBodyBytes, 256 * 1024);
    EXPECT_EQ(defaults->setup.http.maxPerAddress, 16);
    EXPECT_EQ(defaults->setup.http.maxBodyBytes, 64 * 1024);
    EXPECT_EQ(defaults->setup.allowFrom, s("lan"));
    EXPECT_GE(defaults->events.maxStreams, 200);

    const auto c = load("[api]\nhandshake_timeout_s=2.5\nheader_timeout_s=1\nmax_body_bytes=4096\n"
                        "max_connections=2000\nmax_connections_per_address=3\n"
                        "[setup]\nidle_timeout_s=0.5\nbody_timeout_s=7\nallow_from=lan, 10.1.0.0/16\n");
    ASSERT_TRUE(c.ok()) << c.error().message.toStdString();
    EXPECT_EQ(c->api.http.handshakeMs, 2500);
    EXPECT_EQ(c->api.http.headMs, 1000);
    EXPECT_EQ(c->api.http.maxBodyBytes, 4096);
    EXPECT_EQ(c->api.http.maxConnections, 2000);
    EXPECT_EQ(c->api.http.maxPerAddress, 3);
    EXPECT_EQ(c->setup.http.idleMs, 500);
    EXPECT_EQ(c->setup.http.bodyMs, 7000);
    EXPECT_EQ(c->setup.http.headMs, 10000);

    for (const auto &[ini, field] : {std::pair{"[api]\nheader_timeout_s=soon\n", "[api] header_timeout_s"},
                                     std::pair{"[setup]\nmax_connections=0\n", "[setup] max_connections"},
                                     std::pair{"[api]\nidle_timeout_s=-1\n", "[api] idle_timeout_s"},
                                     std::pair{"[setup]\nallow_from=everyone\n", "[setup] allow_from"}}) {
        const auto bad = load(ini);
        ASSERT_FALSE(bad.ok()) << ini;
        EXPECT_EQ(bad.error().field, s(field)) << ini;
    }
}

TEST(BoxConfig, TunnelKeys)
{
    const auto defaults = BoxConfig::load(s("/nonexistent/box.conf"));
    ASSERT_TRUE(defaults.ok());
    EXPECT_EQ(defaults->tunnel.listen, s("0.0.0.0:2222")) << "on by default";
    EXPECT_TRUE(defaults->tunnel.enabled());
    EXPECT_EQ(defaults->tunnel.user, s("mente-tunnel"));
    EXPECT_EQ(defaults->box.sshPort, 0) << "0: GET /box tells the real port";

    const auto c =
        load("[tunnel]\nlisten=127.0.0.1:0\nuser=support\nmax_connections=4\nmax_channels=8\n"
             "max_channels_per_connection=2\nauth_timeout_s=5\nconnect_timeout_ms=700\nbuffer_kib=64\nrecheck_s=3\n"
             "[box]\nssh_port=22022\n");
    ASSERT_TRUE(c.ok()) << c.error().message.toStdString();
    EXPECT_EQ(c->tunnel.listen, s("127.0.0.1:0"));
    EXPECT_EQ(c->tunnel.user, s("support"));
    EXPECT_EQ(c->tunnel.maxConnections, 4);
    EXPECT_EQ(c->tunnel.maxChannels, 8);
    EXPECT_EQ(c->tunnel.maxChannelsPerConnection, 2);
    EXPECT_EQ(c->tunnel.authTimeoutS, 5);
    EXPECT_EQ(c->tunnel.connectTimeoutMs, 700);
    EXPECT_EQ(c->tunnel.bufferKiB, 64);
    EXPECT_EQ(c->tunnel.recheckS, 3);
    EXPECT_EQ(c->box.sshPort, 22022);

    EXPECT_FALSE(load("[tunnel]\nlisten=off\n")->tunnel.enabled());
    EXPECT_FALSE(load("[tunnel]\nlisten=\n")->tunnel.enabled());
    EXPECT_EQ(load("[tunnel]\nlisten=2222\n").error().field, s("[tunnel] listen"));
    EXPECT_EQ(load("[tunnel]\nlisten=box:2222\n").error().field, s("[tunnel] listen"));
    EXPECT_EQ(load("[tunnel]\nuser=root user\n").error().field, s("[tunnel] user"));
    EXPECT_EQ(load("[tunnel]\nmax_connections=0\n").error().field, s("[tunnel] max_connections"));
    EXPECT_EQ(load("[tunnel]\nauth_timeout_s=never\n").error().field, s("[tunnel] auth_timeout_s"));
}
