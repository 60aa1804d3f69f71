// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/PortList.h"

#include <gtest/gtest.h>

using mente::box::PortList;

TEST(PortList, ParsesSinglePortsAndRanges)
{
    const auto list = PortList::parse(QStringLiteral("1-5,3389, 22 ,4-6"));
    ASSERT_TRUE(list.ok());
    const std::vector<quint16> expected{1, 2, 3, 4, 5, 6, 22, 3389};
    EXPECT_EQ(list->ports(), expected);
}

TEST(PortList, AllIsEveryPort)
{
    const PortList all = PortList::all();
    EXPECT_EQ(all.size(), 65535);
    EXPECT_EQ(all.ports().front(), 1);
    EXPECT_EQ(all.ports().back(), 65535);
    const auto parsed = PortList::parse(QStringLiteral("1-65535"));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->size(), 65535);
}

TEST(PortList, RejectsMalformedListsNamingTheField)
{
    for (const char *bad : {"", " ", "0", "65536", "1-", "-5", "a", "10-5", "1,,2", "1-2-3", "+5", "1 000",
                            "99999999999", "1.5", "0x10", "22;80"}) {
        const auto list = PortList::parse(QString::fromLatin1(bad));
        ASSERT_FALSE(list.ok()) << bad;
        EXPECT_EQ(list.error().field, QStringLiteral("ports")) << bad;
        EXPECT_EQ(list.error().code, QStringLiteral("validation"));
    }
    const auto tooLong = PortList::parse(QString(5000, QLatin1Char('1')));
    EXPECT_FALSE(tooLong.ok());
}
