// SPDX-License-Identifier: GPL-3.0-or-later
// The setup page's Host check (DNS rebinding) and client filter ([setup] allow_from).
#include "setup/SetupGuard.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace mente::box;

TEST(SetupGuard, HostMustNameTheBox)
{
    const SetupGuard guard({QStringLiteral("localhost"), QStringLiteral("mb7x2k9q4r1z"), QStringLiteral("Box-01")},
                           {QHostAddress(QStringLiteral("192.168.10.5"))}, QStringLiteral("any"));
    const QHostAddress reached(QStringLiteral("10.1.2.3"));
    EXPECT_TRUE(guard.hostAllowed("localhost", reached));
    EXPECT_TRUE(guard.hostAllowed("LOCALHOST:8080", reached));
    EXPECT_TRUE(guard.hostAllowed("box-01", reached));
    EXPECT_TRUE(guard.hostAllowed("mb7x2k9q4r1z:80", reached));
    EXPECT_TRUE(guard.hostAllowed("192.168.10.5", reached));
    EXPECT_TRUE(guard.hostAllowed("10.1.2.3:80", reached)) << "the address the client reached";
    EXPECT_TRUE(guard.hostAllowed("[::1]:80", QHostAddress::LocalHostIPv6));
    EXPECT_FALSE(guard.hostAllowed("attacker.example", reached));
    EXPECT_FALSE(guard.hostAllowed("localhost.attacker.example", reached));
    EXPECT_FALSE(guard.hostAllowed("10.9.9.9", reached));
    EXPECT_FALSE(guard.hostAllowed("", reached));
    EXPECT_FALSE(guard.hostAllowed("localhost:port", reached));
    EXPECT_FALSE(guard.hostAllowed("[::1", QHostAddress::LocalHostIPv6));
}

TEST(SetupGuard, AllowFromLanSubnetsAndAny)
{
    const SetupGuard lan({}, {}, QStringLiteral("lan"));
    EXPECT_TRUE(lan.clientAllowed(QHostAddress::LocalHost));
    EXPECT_TRUE(lan.clientAllowed(QHostAddress(QStringLiteral("127.0.3.9"))));
    EXPECT_FALSE(lan.clientAllowed(QHostAddress(QStringLiteral("203.0.113.7")))) << "TEST-NET-3 is no one's LAN";

    const SetupGuard subnets({}, {}, QStringLiteral("10.200.0.0/16, 192.168.5.0/24"));
    EXPECT_TRUE(subnets.clientAllowed(QHostAddress(QStringLiteral("10.200.4.4"))));
    EXPECT_FALSE(subnets.clientAllowed(QHostAddress::LocalHost));

    EXPECT_TRUE(SetupGuard({}, {}, QStringLiteral("any")).clientAllowed(QHostAddress(QStringLiteral("203.0.113.7"))));
}

TEST(SetupGuard, AllowFromIsChecked)
{
    EXPECT_TRUE(SetupGuard::checkAllowFrom(QStringLiteral("lan")));
    EXPECT_TRUE(SetupGuard::checkAllowFrom(QStringLiteral("lan, 10.0.0.0/8")));
    const auto bad = SetupGuard::checkAllowFrom(QStringLiteral("lan, everyone"));
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, QStringLiteral("[setup] allow_from"));
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("everyone")));
    EXPECT_FALSE(SetupGuard::checkAllowFrom(QStringLiteral("10.0.0.1")));
    EXPECT_FALSE(SetupGuard::checkAllowFrom(QString()));
}
