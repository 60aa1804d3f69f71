// SPDX-License-Identifier: GPL-3.0-or-later
// A month of transitions against availability worked out by hand.
#include "report/AvailabilityTimeline.h"

#include <gtest/gtest.h>

using namespace mente;
using namespace mente::box;

namespace {
QDateTime at(int d, int h, int mi = 0, int s = 0, int mo = 11)
{
    return QDateTime(QDate(2026, mo, d), QTime(h, mi, s), Qt::UTC);
}
constexpr qint64 kHour = 3600 * 1000;

// November 2026 in UTC: 30 days, 720 hours.
AvailabilityInput november()
{
    AvailabilityInput in;
    in.start = at(1, 0);
    in.end = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    return in;
}
} // namespace

// Target A, monitored all month:
//   in fault since 31 Oct 22:00 (across the month's start), ok at 1 Nov 06:00   → 6 h fault
//   fault 10 Nov 12:00–18:00, two maintenance windows 14:00–16:00 and 15:00–17:00 overlap
//     → muted 14:00–17:00 (3 h), fault 12:00–14:00 and 17:00–18:00 (3 h)
//   the box was down 20 Nov 00:00–02:00                                          → 2 h unknown
//   ok: 720 − 6 − 3 − 3 − 2 = 706 h
// Shares: ok 706/720 = 98.06 %, fault 9/720 = 1.25 %, unknown 2/720 = 0.28 %, muted 3/720 = 0.42 %.
TEST(AvailabilityTimeline, AMonthAgainstTheHandWorkedTable)
{
    AvailabilityInput in = november();
    in.initial = HealthState::Fault;
    in.changes = {{at(31, 22, 0, 0, 10), HealthState::Fault}, // before the month: ignored, initial says it
                  {at(1, 6), HealthState::Ok},
                  {at(10, 12), HealthState::Fault},
                  {at(10, 18), HealthState::Ok}};
    in.counted = {{in.start, in.end}};
    in.muted = {{at(10, 14), at(10, 16)}, {at(10, 15), at(10, 17)}};
    in.boxDown = {{at(20, 0), at(20, 2)}};
    const Availability a = AvailabilityTimeline::compute(in);
    EXPECT_EQ(a.countedMs, 720 * kHour);
    EXPECT_EQ(a.faultMs, 9 * kHour);
    EXPECT_EQ(a.mutedMs, 3 * kHour);
    EXPECT_EQ(a.unknownMs, 2 * kHour);
    EXPECT_EQ(a.okMs, 706 * kHour);
    EXPECT_DOUBLE_EQ(a.share(a.okMs), 0.9806);
    EXPECT_DOUBLE_EQ(a.share(a.faultMs), 0.0125);
    EXPECT_DOUBLE_EQ(a.share(a.unknownMs), 0.0028);
    EXPECT_DOUBLE_EQ(a.share(a.mutedMs), 0.0042);
}

// Target B, switched on 16 Nov 00:00 (360 h counted), first result 30 s later:
//   unknown 00:00:00–00:00:30, then ok; a fault begins 20 Nov 01:00 while the box is down
//   (00:00–02:00: unknown), so it counts as fault from 02:00 to its end at 04:00.
//   unknown 2 h 30 s, fault 2 h, ok 360 h − 4 h − 30 s.
TEST(AvailabilityTimeline, ATargetSwitchedOnMidMonthWithARestartGap)
{
    AvailabilityInput in = november();
    in.changes = {{at(16, 0, 0, 30), HealthState::Ok}, {at(20, 1), HealthState::Fault}, {at(20, 4), HealthState::Ok}};
    in.counted = {{at(16, 0), in.end}};
    in.boxDown = {{at(20, 0), at(20, 2)}};
    const Availability a = AvailabilityTimeline::compute(in);
    EXPECT_EQ(a.countedMs, 360 * kHour);
    EXPECT_EQ(a.unknownMs, 2 * kHour + 30000);
    EXPECT_EQ(a.faultMs, 2 * kHour);
    EXPECT_EQ(a.okMs, 356 * kHour - 30000);
    EXPECT_EQ(a.mutedMs, 0);
    EXPECT_DOUBLE_EQ(a.share(a.okMs), 0.9889);      // 1 281 570 / 1 296 000
    EXPECT_DOUBLE_EQ(a.share(a.unknownMs), 0.0056); // 7 230 / 1 296 000
    EXPECT_DOUBLE_EQ(a.share(a.faultMs), 0.0056);   // 7 200 / 1 296 000
}

TEST(AvailabilityTimeline, SwitchedOffForAWhileIsNotCounted)
{
    AvailabilityInput in = november();
    in.initial = HealthState::Ok;
    in.counted = {{in.start, at(11, 0)}, {at(21, 0), in.end}}; // off from the 11th to the 21st
    in.changes = {{at(15, 0), HealthState::Fault}, {at(22, 0), HealthState::Ok}};
    const Availability a = AvailabilityTimeline::compute(in);
    EXPECT_EQ(a.countedMs, 20 * 24 * kHour);
    EXPECT_EQ(a.faultMs, 24 * kHour); // 21st 00:00 – 22nd 00:00 only
    EXPECT_DOUBLE_EQ(a.share(a.faultMs), 0.05);
}

TEST(AvailabilityTimeline, NothingCountedGivesZeroShares)
{
    AvailabilityInput in = november();
    const Availability a = AvailabilityTimeline::compute(in);
    EXPECT_EQ(a.countedMs, 0);
    EXPECT_EQ(a.share(a.okMs), 0.0);
}
