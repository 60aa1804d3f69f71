// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/IcmpSweeper.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using mente::box::IcmpSweeper;

TEST(IcmpSweeper, BuildsAValidEchoRequest)
{
    const QByteArray packet = IcmpSweeper::echoRequest(0x1234, 7);
    ASSERT_GE(packet.size(), 8);
    EXPECT_EQ(packet.at(0), 8); // echo request
    EXPECT_EQ(packet.at(1), 0);
    EXPECT_EQ(static_cast<unsigned char>(packet.at(4)), 0x12);
    EXPECT_EQ(static_cast<unsigned char>(packet.at(5)), 0x34);
    EXPECT_EQ(packet.at(7), 7);
    EXPECT_EQ(IcmpSweeper::checksum(packet), 0); // a correct checksum sums to zero
}

TEST(IcmpSweeper, ChecksumMatchesRfc1071Example)
{
    // RFC 1071 §3: 00 01 f2 03 f4 f5 f6 f7 sums to ddf2 (one's complement: 220d).
    const QByteArray data("\x00\x01\xf2\x03\xf4\xf5\xf6\xf7", 8);
    EXPECT_EQ(IcmpSweeper::checksum(data), 0x220d);
}

TEST(IcmpSweeper, PingsLoopback)
{
    IcmpSweeper sweeper({QHostAddress(QStringLiteral("127.0.0.1")), QHostAddress(QStringLiteral("127.0.0.2"))}, 100,
                        500);
    const auto method = sweeper.open(QStringLiteral("auto"));
    if (!method.ok())
        GTEST_SKIP() << "ICMP not allowed here: " << method.error().message.toStdString();
    int lastSent = 0;
    const std::vector<bool> alive = sweeper.run([&](int sent, int) { lastSent = sent; });
    EXPECT_EQ(lastSent, 2);
    EXPECT_TRUE(alive[0]) << method.value().toStdString();
    EXPECT_TRUE(alive[1]);
}

TEST(IcmpSweeper, KeepsToItsPacketRate)
{
    std::vector<QHostAddress> hosts;
    for (int i = 1; i <= 10; ++i)
        hosts.emplace_back(QStringLiteral("127.0.0.%1").arg(i));
    IcmpSweeper sweeper(hosts, 20, 100); // 20 packets per second
    const auto method = sweeper.open(QStringLiteral("auto"));
    if (!method.ok())
        GTEST_SKIP() << "ICMP not allowed here: " << method.error().message.toStdString();
    QElapsedTimer clock;
    clock.start();
    sweeper.run({});
    EXPECT_GE(clock.elapsed(), 9 * 50 - 20); // ten packets, 50 ms apart
}
