// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/BannerText.h"

#include <gtest/gtest.h>

using mente::box::BannerText;

TEST(BannerText, KeepsPrintableAndEscapesTheRest)
{
    const QByteArray raw("220 ftp ready\r\n\x01\xff", 17);
    EXPECT_EQ(BannerText::sanitize(raw), QStringLiteral("220 ftp ready\\r\\n\\x01\\xff"));
}

TEST(BannerText, IsBounded)
{
    const QByteArray endless(100000, '\x80');
    const QString text = BannerText::sanitize(endless, 256);
    EXPECT_LE(text.size(), 256);
    EXPECT_TRUE(text.startsWith(QStringLiteral("\\x80")));
    EXPECT_EQ(BannerText::sanitize(QByteArray(1000, 'a'), 10), QString(10, QLatin1Char('a')));
}
