// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/LanSubnets.h"

#include <gtest/gtest.h>

using mente::box::LanSubnets;

TEST(LanSubnets, ParsesCidrsAndNamesTheKeyWhenBad)
{
    const auto ok = LanSubnets::fromCidrs({QStringLiteral("10.1.2.0/24"), QStringLiteral(" 192.168.0.0/30 ")});
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok->size(), 2);
    for (const char *bad : {"10.1.2.0", "10.1.2.0/33", "fe80::/64", "banana/24"}) {
        const auto r = LanSubnets::fromCidrs({QString::fromLatin1(bad)});
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_EQ(r.error().field, QStringLiteral("[lan] cidrs"));
    }
}

TEST(LanSubnets, EnumeratesHostsWithoutNetworkAndBroadcast)
{
    const auto subnets = LanSubnets::fromCidrs({QStringLiteral("10.250.9.0/29"), QStringLiteral("10.250.9.0/30")});
    ASSERT_TRUE(subnets.ok());
    const auto hosts = LanSubnets::hosts(subnets.value(), 100);
    ASSERT_TRUE(hosts.ok());
    ASSERT_EQ(hosts->size(), 6u); // .1-.6, the /30 adds nothing new
    EXPECT_EQ(hosts->front().toString(), QStringLiteral("10.250.9.1"));
    EXPECT_EQ(hosts->back().toString(), QStringLiteral("10.250.9.6"));
}

TEST(LanSubnets, RefusesTooLargeALan)
{
    const auto subnets = LanSubnets::fromCidrs({QStringLiteral("10.0.0.0/8")});
    ASSERT_TRUE(subnets.ok());
    const auto hosts = LanSubnets::hosts(subnets.value(), 4096);
    ASSERT_FALSE(hosts.ok());
    EXPECT_EQ(hosts.error().field, QStringLiteral("[lan] cidrs"));
    const auto fine = LanSubnets::hosts(LanSubnets::fromCidrs({QStringLiteral("10.0.0.0/22")}).value(), 4096);
    ASSERT_TRUE(fine.ok());
    EXPECT_EQ(fine->size(), 1022u);
}

TEST(LanSubnets, InterfaceSubnetsLeaveOutLoopback)
{
    for (const auto &subnet : LanSubnets::fromInterfaces()) {
        EXPECT_FALSE(subnet.first.isLoopback());
        EXPECT_GT(subnet.second, 0);
        EXPECT_LT(subnet.second, 32);
    }
}
