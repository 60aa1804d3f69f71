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
