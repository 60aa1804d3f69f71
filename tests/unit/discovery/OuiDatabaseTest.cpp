// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/OuiDatabase.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <gtest/gtest.h>

using mente::box::OuiDatabase;

TEST(OuiDatabase, ReadsTheTextFormat)
{
    OuiDatabase db;
    const QByteArray text = "OUI/MA-L                 Organization\r\n"
                            "company_id               Organization\r\n\r\n"
                            "00-22-72   (hex)\t\tAmerican Micro-Fuel Device Corp.\r\n"
                            "002272     (base 16)\t\tAmerican Micro-Fuel Device Corp.\r\n"
                            "\t\t\t\t2181 Buchanan Loop\r\n\r\n"
                            "F4-F5-D8   (hex)\t\tGoogle, Inc.\r\n"
                            "F4F5D8     (base 16)\t\tGoogle, Inc.\r\n";
    ASSERT_TRUE(db.loadText(text).ok());
    EXPECT_EQ(db.size(), 2);
    EXPECT_EQ(db.vendorOf(QStringLiteral("00:22:72:00:00:02")), QStringLiteral("American Micro-Fuel Device Corp."));
    EXPECT_EQ(db.vendorOf(QStringLiteral("F4-F5-D8-12-34-56")), QStringLiteral("Google, Inc."));
    EXPECT_EQ(db.vendorOf(QStringLiteral("f4f5.d812.3456")), QStringLiteral("Google, Inc."));
    EXPECT_EQ(db.vendorOf(QStringLiteral("02:00:00:00:00:01")), QString());
    EXPECT_EQ(db.vendorOf(QStringLiteral("not a mac")), QString());
    EXPECT_EQ(db.vendorOf(QStringLiteral("00:22:72")), QString());
}

TEST(OuiDatabase, ReadsTheCsvFormatWithQuotes)
{
    OuiDatabase db;
    const QByteArray csv = "Registry,Assignment,Organization Name,Organization Address\n"
                           "MA-L,002272,American Micro-Fuel Device Corp.,2181 Buchanan Loop Ferndale WA US 98248\n"
                           "MA-L,080030,\"ROYAL MELBOURNE INST OF TECH, \"\"RMIT\"\"\",GPO BOX 2476V MELBOURNE AU\n"
                           "MA-M,AABBCC,Not a MA-L,x\n";
    ASSERT_TRUE(db.loadText(csv).ok());
    EXPECT_EQ(db.size(), 2);
    EXPECT_EQ(db.vendorOf(QStringLiteral("08:00:30:aa:bb:cc")),
              QStringLiteral("ROYAL MELBOURNE INST OF TECH, \"RMIT\""));
}

TEST(OuiDatabase, RejectsAListWithoutEntries)
{
    OuiDatabase db;
    EXPECT_FALSE(db.loadText("garbage\n").ok());
    EXPECT_FALSE(db.load(QStringLiteral("/nonexistent/oui.txt")).ok());
}

TEST(OuiDatabase, LoadsDebiansIeeeDataOnceAndLooksUpFast)
{
    const QString path = OuiDatabase::defaultPath();
    ASSERT_FALSE(path.isEmpty()) << "install ieee-data";
    OuiDatabase db;
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(db.load(path).ok());
    std::cout << "loaded " << db.size() << " vendors from " << path.toStdString() << " in " << clock.elapsed()
              << " ms\n";
    EXPECT_GT(db.size(), 20000);
    EXPECT_EQ(db.vendorOf(QStringLiteral("00:22:72:01:02:03")), QStringLiteral("American Micro-Fuel Device Corp."));
    clock.restart();
    int hits = 0;
    for (int i = 0; i < 100000; ++i)
        hits += db.vendorOf(QStringLiteral("00:22:72:01:02:03")).isEmpty() ? 0 : 1;
    EXPECT_EQ(hits, 100000);
    EXPECT_LT(clock.elapsed(), 2000);
}
