// SPDX-License-Identifier: GPL-3.0-or-later
// How a new box becomes findable (seed §4–5): the first-boot address's rule with the interface's
// addresses given (here with iproute2, [setup] network_backend=ip; FallbackNetworkdUnitTest.cpp
// has the networkd file), the records announced with mDNS, the default host name.
#include "RecordingLauncher.h"
#include "setup/AvahiAnnouncer.h"
#include "setup/FallbackAddress.h"
#include "setup/FirstBoot.h"
#include "setup/IpFallback.h"

#include <QThread>

#include <gtest/gtest.h>

using namespace mente;
using namespace mente::box;

namespace {

class FallbackAddressTest : public ::testing::Test
{
protected:
    std::unique_ptr<FallbackAddress> make(int afterS)
    {
        return std::make_unique<FallbackAddress>(
            FallbackAddress::Settings{QStringLiteral("eth0"), QStringLiteral("192.168.234.237/24"), afterS, 1000},
            method, [this] { return addresses; }, [this] { return pending; }, [this] { return staticSet; });
    }
    RecordingLauncher launcher;
    IpFallback method{QStringLiteral("eth0"), launcher};
    QStringList addresses;
    bool pending = false;
    bool staticSet = false;
};

} // namespace

TEST_F(FallbackAddressTest, AddedOnlyAfterTheTimeWithoutAnAddressOfItsOwn)
{
    const auto fallback = make(1);
    addresses = {QStringLiteral("169.254.10.20")}; // IPv4 link-local is not an address of its own
    fallback->check();
    EXPECT_TRUE(launcher.commands.isEmpty()) << qPrintable(launcher.commands.join(QLatin1Char('\n')));
    QThread::msleep(1100);
    fallback->check();
    EXPECT_EQ(launcher.commands, QStringList{QStringLiteral("ip addr add 192.168.234.237/24 dev eth0")});
    EXPECT_TRUE(fallback->active());
    addresses << QStringLiteral("192.168.234.237");
    fallback->check();
    EXPECT_EQ(launcher.commands.size(), 1) << "added once";
}

TEST_F(FallbackAddressTest, NeverAddedWhileADhcpLeaseOrStaticAddressIsThere)
{
    const auto fallback = make(0);
    addresses = {QStringLiteral("192.168.11.107")}; // the seed's DHCP example
    fallback->check();
    fallback->check();
    EXPECT_TRUE(launcher.commands.isEmpty());
    EXPECT_FALSE(fallback->active());
}

TEST_F(FallbackAddressTest, RemovedOnceARealAddressIsConfirmedNotWhileItWaits)
{
    const auto fallback = make(0);
    fallback->check();
    ASSERT_EQ(launcher.commands.size(), 1);
    addresses = {QStringLiteral("192.168.234.237"), QStringLiteral("192.168.1.20")};
    pending = true; // applied through the setup page, not confirmed yet: the rollback may need it
    fallback->check();
    EXPECT_EQ(launcher.commands.size(), 1);
    pending = false;
    fallback->check();
    EXPECT_EQ(launcher.commands.last(), QStringLiteral("ip addr del 192.168.234.237/24 dev eth0"));
    EXPECT_FALSE(fallback->active());
}

TEST_F(FallbackAddressTest, NotAddedWhenAStaticAddressIsConfirmedButNotUpYet)
{
    const auto fallback = make(0);
    staticSet = true; // e.g. no cable yet: the static address is the box's own all the same
    fallback->check();
    EXPECT_TRUE(launcher.commands.isEmpty());
    staticSet = false;
    fallback->check();
    EXPECT_EQ(launcher.commands.size(), 1);
}

TEST_F(FallbackAddressTest, AFailedAddIsTriedAgainLater)
{
    const auto fallback = make(0);
    launcher.fail = true;
    fallback->check();
    EXPECT_FALSE(fallback->active());
    launcher.fail = false;
    fallback->check();
    EXPECT_TRUE(fallback->active());
    EXPECT_EQ(launcher.commands.size(), 2);
}

TEST(FallbackAddress, LinkLocalIsMadeFromTheSerialAndStaysTheSame)
{
    EXPECT_EQ(FallbackAddress::resolveCidr(QStringLiteral("192.168.234.237/24"), QStringLiteral("X")),
              QStringLiteral("192.168.234.237/24"));
    const QString a = FallbackAddress::resolveCidr(QStringLiteral("link-local"), QStringLiteral("7K3MQ2R9ZX4P"));
    EXPECT_EQ(a, FallbackAddress::resolveCidr(QStringLiteral("link-local"), QStringLiteral("7K3MQ2R9ZX4P")));
    EXPECT_NE(a, FallbackAddress::resolveCidr(QStringLiteral("link-local"), QStringLiteral("0000AAAA1111")));
    ASSERT_TRUE(a.startsWith(QStringLiteral("169.254."))) << qPrintable(a);
    ASSERT_TRUE(a.endsWith(QStringLiteral("/16")));
    const int third = a.section(QLatin1Char('.'), 2, 2).toInt();
    EXPECT_GE(third, 1);
    EXPECT_LE(third, 254);
}

TEST(FirstBoot, HostNameIsMenteAndTheSerialUnlessConfigured)
{
    EXPECT_EQ(FirstBoot::hostnameFor(QString(), QStringLiteral("7K3MQ2R9ZX4P")), QStringLiteral("mente-7k3mq2r9zx4p"));
    EXPECT_EQ(FirstBoot::hostnameFor(QStringLiteral("myitbox"), QStringLiteral("7K3MQ2R9ZX4P")),
              QStringLiteral("myitbox"));
    EXPECT_EQ(FirstBoot::lanInterface(QStringLiteral("enp1s0")), QStringLiteral("enp1s0"));
}

TEST(AvahiAnnouncer, RecordsCarryTheSerialAndTheFingerprint)
{
    const AvahiAnnouncer::Facts facts{QStringLiteral("mente-7k3mq2r9zx4p"),
                                      QStringLiteral("7K3MQ2R9ZX4P"),
                                      QStringLiteral("sha256:AB:CD"),
                                      QStringLiteral("0.9.0"),
                                      80,
                                      8443};
    const auto services = AvahiAnnouncer::services(facts);
    ASSERT_EQ(services.size(), 2);
    const auto &api = services.at(0);
    EXPECT_EQ(api.type, QStringLiteral("_https._tcp"));
    EXPECT_EQ(api.port, 8443);
    EXPECT_EQ(api.name, QStringLiteral("Mente box 7K3MQ2R9ZX4P"));
    EXPECT_TRUE(api.txt.contains("serial=7K3MQ2R9ZX4P"));
    EXPECT_TRUE(api.txt.contains("fp=sha256:AB:CD"));
    EXPECT_TRUE(api.txt.contains("product=mente-box"));
    EXPECT_TRUE(api.txt.contains("path=/api/v1"));
    EXPECT_EQ(api.subtypes, QStringList{QStringLiteral("_mente._sub._https._tcp")});
    const auto &setup = services.at(1);
    EXPECT_EQ(setup.type, QStringLiteral("_http._tcp"));
    EXPECT_EQ(setup.port, 80);
    EXPECT_TRUE(setup.txt.contains("serial=7K3MQ2R9ZX4P"));
    EXPECT_FALSE(setup.txt.contains("fp=sha256:AB:CD")) << "the fingerprint belongs to the HTTPS service";
    for (const auto &s : services)
        for (const QByteArray &t : s.txt)
            EXPECT_LE(t.size(), 255) << t.constData();
}
