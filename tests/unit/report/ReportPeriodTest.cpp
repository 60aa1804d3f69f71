// SPDX-License-Identifier: GPL-3.0-or-later
// The report month's bounds: report day, short months, leap years, and the box's time zone.
#include "report/ReportPeriod.h"

#include <gtest/gtest.h>

using namespace mente::box;

namespace {
const QTimeZone kTokyo("Asia/Tokyo");
const QTimeZone kUtc("UTC");

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}
} // namespace

TEST(ReportPeriod, DefaultDayIsTheCalendarMonthInTheBoxsZone)
{
    const ReportPeriod p = ReportPeriod::of(QDate(2026, 10, 1), 31, kTokyo);
    EXPECT_EQ(p.start, utc(2026, 9, 30, 15)); // 2026-10-01 00:00 JST
    EXPECT_EQ(p.end, utc(2026, 10, 31, 15));  // 2026-11-01 00:00 JST
    EXPECT_EQ(p.seconds(), 31 * 86400);
}

TEST(ReportPeriod, ReportDay31InAThirtyDayMonthEndsOnItsLastDay)
{
    EXPECT_EQ(ReportPeriod::reportDate(QDate(2026, 11, 1), 31), QDate(2026, 11, 30));
    const ReportPeriod p = ReportPeriod::of(QDate(2026, 11, 1), 31, kTokyo);
    EXPECT_EQ(p.start, utc(2026, 10, 31, 15));
    EXPECT_EQ(p.end, utc(2026, 11, 30, 15)); // 2026-12-01 00:00 JST
    EXPECT_EQ(p.seconds(), 30 * 86400);
}

TEST(ReportPeriod, FebruaryInALeapYearAndNot)
{
    EXPECT_EQ(ReportPeriod::of(QDate(2024, 2, 1), 31, kUtc).seconds(), 29 * 86400);
    EXPECT_EQ(ReportPeriod::of(QDate(2023, 2, 1), 31, kUtc).seconds(), 28 * 86400);
    EXPECT_EQ(ReportPeriod::reportDate(QDate(2024, 2, 1), 30), QDate(2024, 2, 29));
    EXPECT_EQ(ReportPeriod::reportDate(QDate(2023, 2, 1), 30), QDate(2023, 2, 28));
    // Report day 30: February ends on its last day, March runs from 1 March to the end of the 30th.
    const ReportPeriod leapMarch = ReportPeriod::of(QDate(2024, 3, 1), 30, kUtc);
    EXPECT_EQ(leapMarch.start, utc(2024, 3, 1));
    EXPECT_EQ(leapMarch.end, utc(2024, 3, 31));
    const ReportPeriod march = ReportPeriod::of(QDate(2023, 3, 1), 30, kUtc);
    EXPECT_EQ(march.start, utc(2023, 3, 1));
    EXPECT_EQ(march.end, utc(2023, 3, 31));
    // Report day 29 in a leap year: February is 30 Jan 00:00 .. 1 Mar 00:00 (31 days).
    const ReportPeriod leapFeb = ReportPeriod::of(QDate(2024, 2, 1), 29, kUtc);
    EXPECT_EQ(leapFeb.start, utc(2024, 1, 30));
    EXPECT_EQ(leapFeb.end, utc(2024, 3, 1));
}

TEST(ReportPeriod, AReportDayMidMonthEndsTheMonthThere)
{
    const ReportPeriod p = ReportPeriod::of(QDate(2026, 10, 1), 20, kUtc);
    EXPECT_EQ(p.start, utc(2026, 9, 21));
    EXPECT_EQ(p.end, utc(2026, 10, 21));
    // After the 20th the current month is the next one.
    EXPECT_EQ(ReportPeriod::containing(utc(2026, 10, 25), 20, kUtc).month, QDate(2026, 11, 1));
    EXPECT_EQ(ReportPeriod::lastEnded(utc(2026, 10, 25), 20, kUtc).month, QDate(2026, 10, 1));
}

TEST(ReportPeriod, MonthsTileWithoutGaps)
{
    for (int day : {1, 15, 28, 29, 30, 31}) {
        QDate month(2023, 12, 1);
        for (int i = 0; i < 15; ++i, month = month.addMonths(1))
            EXPECT_EQ(ReportPeriod::of(month, day, kTokyo).end, ReportPeriod::of(month.addMonths(1), day, kTokyo).start)
                << "day " << day << " " << qPrintable(month.toString());
    }
}

TEST(ReportPeriod, ATimeZoneWhoseDayDiffersFromUtcs)
{
    // 16:00 UTC on 30 November is already 1 December 01:00 in Tokyo: November has ended there.
    const QDateTime at = utc(2026, 11, 30, 16);
    EXPECT_EQ(ReportPeriod::containing(at, 31, kTokyo).month, QDate(2026, 12, 1));
    EXPECT_EQ(ReportPeriod::lastEnded(at, 31, kTokyo).month, QDate(2026, 11, 1));
    EXPECT_EQ(ReportPeriod::containing(at, 31, kUtc).month, QDate(2026, 11, 1));
    EXPECT_EQ(ReportPeriod::lastEnded(at, 31, kUtc).month, QDate(2026, 10, 1));
    // And the other way: 05:00 UTC on 1 December is still 30 November in Los Angeles.
    const QTimeZone la("America/Los_Angeles");
    EXPECT_EQ(ReportPeriod::containing(utc(2026, 12, 1, 5), 31, la).month, QDate(2026, 11, 1));
    EXPECT_EQ(ReportPeriod::of(QDate(2026, 11, 1), 31, la).end, utc(2026, 12, 1, 8)); // PST is UTC-8
}
