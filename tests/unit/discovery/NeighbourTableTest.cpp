// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/NeighbourTable.h"

#include <gtest/gtest.h>

using mente::box::NeighbourTable;

TEST(NeighbourTable, KeepsCompleteEntriesOnly)
{
    const QByteArray text = "IP address       HW type     Flags       HW address            Mask     Device\n"
                            "192.168.1.1      0x1         0x2         AA:BB:CC:DD:EE:FF     *        eth0\n"
                            "192.168.1.7      0x1         0x0         00:00:00:00:00:00     *        eth0\n"
                            "192.168.1.9      0x1         0x6         00:22:72:00:00:09     *        eth1\n"
                            "garbage line\n"
                            "300.1.1.1        0x1         0x2         aa:bb:cc:dd:ee:ff     *        eth0\n"
                            "192.168.1.10     0x1         0xzz        aa:bb:cc:dd:ee:ff     *        eth0\n";
    const auto entries = NeighbourTable::parse(text);
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries[0].ip, QStringLiteral("192.168.1.1"));
    EXPECT_EQ(entries[0].mac, QStringLiteral("aa:bb:cc:dd:ee:ff"));
    EXPECT_EQ(entries[0].device, QStringLiteral("eth0"));
    EXPECT_EQ(entries[1].ip, QStringLiteral("192.168.1.9"));
}

TEST(NeighbourTable, ReadsTheKernelsTable)
{
    // Whatever is in it, reading never fails and every entry has a MAC.
    for (const auto &e : NeighbourTable::read())
        EXPECT_EQ(e.mac.size(), 17);
    EXPECT_TRUE(NeighbourTable::read(QStringLiteral("/nonexistent")).isEmpty());
}
