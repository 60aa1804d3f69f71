// SPDX-License-Identifier: GPL-3.0-or-later
#include "tunnel/TunnelTargets.h"

#include <gtest/gtest.h>

using namespace mente::box;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

TEST(TunnelTargets, OnlyAddressesInsideTheLanSubnets)
{
    const TunnelTargets targets = TunnelTargets::forLan({s("192.168.10.0/24"), s("10.20.0.0/16")});
    EXPECT_EQ(targets.describe(), s("192.168.10.0/24, 10.20.0.0/16"));
    EXPECT_TRUE(targets.refusal(s("192.168.10.5"), 3389).isEmpty());
    EXPECT_TRUE(targets.refusal(s("10.20.255.254"), 22).isEmpty());
    EXPECT_TRUE(targets.refusal(s("192.168.11.5"), 22).contains(s("outside the box's LAN subnets")));
    EXPECT_FALSE(targets.refusal(s("127.0.0.1"), 22).isEmpty());
    EXPECT_FALSE(targets.refusal(s("8.8.8.8"), 53).isEmpty());
}

TEST(TunnelTargets, NoNamesNoIpv6NoBadPorts)
{
    const TunnelTargets targets = TunnelTargets::forLan({s("192.168.10.0/24")});
    EXPECT_TRUE(targets.refusal(s("printer.local"), 80).contains(s("not an IPv4 address")));
    EXPECT_TRUE(targets.refusal(s("::1"), 80).contains(s("not an IPv4 address")));
    EXPECT_TRUE(targets.refusal(s("::ffff:192.168.10.5"), 80).contains(s("not an IPv4 address")));
    EXPECT_TRUE(targets.refusal(s("192.168.10.5"), 0).contains(s("port")));
    EXPECT_TRUE(targets.refusal(s("192.168.10.5"), 70000).contains(s("port")));
}

TEST(TunnelTargets, NothingWithoutSubnets)
{
    const TunnelTargets none;
    EXPECT_EQ(none.describe(), s("none"));
    EXPECT_FALSE(none.refusal(s("192.168.10.5"), 22).isEmpty());
}
