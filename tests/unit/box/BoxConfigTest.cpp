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
    const auto options = BoxOptions::parse({s("mente-box"), s("--data-dir"), s("/tmp/x"), s("--setup-listen"), s("127.0.0.1:8080")});
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
