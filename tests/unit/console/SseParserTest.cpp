// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/SseParser.h"

#include <gtest/gtest.h>

using mente::console::SseParser;

TEST(SseParser, SplitsMessagesAcrossChunksAndKeepsTheLastId)
{
    SseParser p;
    auto first = p.feed("id: 7\nevent: state\ndata: {\"seq\":7");
    EXPECT_TRUE(first.isEmpty());
    auto second = p.feed(",\"kind\":\"device\"}\n\n: heartbeat\n\nid: 8\ndata: a\ndata: b\r\n\r\n");
    ASSERT_EQ(second.size(), 2);
    EXPECT_EQ(second[0].event, QStringLiteral("state"));
    EXPECT_EQ(second[0].data, QByteArray("{\"seq\":7,\"kind\":\"device\"}"));
    EXPECT_EQ(second[0].id, QByteArray("7"));
    EXPECT_EQ(second[1].data, QByteArray("a\nb"));
    EXPECT_EQ(second[1].event, QStringLiteral("message"));
    EXPECT_EQ(p.lastEventId(), QByteArray("8"));
    EXPECT_EQ(p.comments(), 1);
}

TEST(SseParser, IgnoresEmptyMessagesAndUnknownFields)
{
    SseParser p;
    auto out = p.feed("retry: 1000\n\nfoo: bar\ndata\n\n");
    ASSERT_EQ(out.size(), 1);
    EXPECT_TRUE(out[0].data.isEmpty());
}

using mente::console::SseLimits;

// A line past the limit is no event: the parser stops (the stream is dropped and reconnected),
// what came whole before it is still delivered, and nothing after it is read or kept.
TEST(SseParser, StopsAtALineLongerThanItsLimitAndKeepsNothingOfIt)
{
    SseParser p(SseLimits{64, 1024});
    auto out = p.feed("id: 1\ndata: ok\n\ndata: " + QByteArray(100, 'x'));
    ASSERT_EQ(out.size(), 1);
    EXPECT_EQ(out[0].data, QByteArray("ok"));
    EXPECT_TRUE(p.failed());
    EXPECT_EQ(p.failure(), QStringLiteral("a line longer than 64 bytes"));
    EXPECT_EQ(p.buffered(), 0);
    EXPECT_TRUE(p.feed("\n\nid: 2\ndata: later\n\n").isEmpty()); // a stopped parser reads no more
    EXPECT_EQ(p.lastEventId(), QByteArray("1"));

    SseParser exact(SseLimits{64, 1024});
    EXPECT_EQ(exact.feed(QByteArray(64, ':') + "\n").size(), 0); // 64 is within the limit
    EXPECT_FALSE(exact.failed());
}

TEST(SseParser, StopsAtAMessageLongerThanItsLimitEvenWhenEachLineIsShort)
{
    SseParser p(SseLimits{64, 200});
    QByteArray many;
    for (int i = 0; i < 10; ++i)
        many += "data: " + QByteArray(40, 'y') + "\n";
    auto out = p.feed("data: first\n\n" + many + "\n");
    ASSERT_EQ(out.size(), 1);
    EXPECT_EQ(out[0].data, QByteArray("first"));
    EXPECT_TRUE(p.failed());
    EXPECT_EQ(p.failure(), QStringLiteral("a message longer than 200 bytes"));
    EXPECT_EQ(p.buffered(), 0);
}

// Fed a flood in pieces, as a socket delivers it, the parser holds no more than its limits.
TEST(SseParser, HoldsNoMoreThanItsLimitsWhateverArrives)
{
    const SseLimits defaults;
    SseParser line;
    const QByteArray chunk(64 * 1024, 'z');
    line.feed("data: ");
    for (int i = 0; i < 64 && !line.failed(); ++i) { // up to 4 MiB with no end of line
        line.feed(chunk);
        EXPECT_LE(line.buffered(), defaults.maxLine);
    }
    EXPECT_TRUE(line.failed());

    SseParser message;
    const QByteArray dataLine = "data: " + QByteArray(1000, 'w') + "\n";
    for (int i = 0; i < 4096 && !message.failed(); ++i) { // 4 MB of one message
        message.feed(dataLine);
        EXPECT_LE(message.buffered(), defaults.maxMessage + defaults.maxLine);
    }
    EXPECT_TRUE(message.failed());
}

TEST(SseParser, TheDefaultLimitsLeaveRoomForTheBoxsLargestEvents)
{
    SseParser p;
    const QByteArray big = "data: {\"detail\":\"" + QByteArray(100 * 1024, 'a') + "\"}\n\n";
    auto out = p.feed(big);
    ASSERT_EQ(out.size(), 1);
    EXPECT_FALSE(p.failed());
}

// A message of exactly the bound (its data lines joined by newlines) is read; one byte more is not.
TEST(SseParser, AMessageOfExactlyTheBoundIsRead)
{
    SseParser exact(SseLimits{64, 20});
    auto out = exact.feed("data: " + QByteArray(20, 'a') + "\n\n");
    ASSERT_EQ(out.size(), 1);
    EXPECT_EQ(out[0].data.size(), 20);
    out = exact.feed("data: " + QByteArray(10, 'b') + "\ndata: " + QByteArray(9, 'c') + "\n\n");
    ASSERT_EQ(out.size(), 1);
    EXPECT_EQ(out[0].data.size(), 20);
    EXPECT_FALSE(exact.failed());

    SseParser over(SseLimits{64, 20});
    EXPECT_TRUE(over.feed("data: " + QByteArray(21, 'a') + "\n\n").isEmpty());
    EXPECT_TRUE(over.failed());
}
