// SPDX-License-Identifier: GPL-3.0-or-later
// The spreads the console's links lean on at fleet scale (console/api/Jitter.h): a reconnect
// delay stays within [ms/2, ms] and really spreads; a first status poll lands anywhere in the
// period. bench_fleet_live shows what they do for 1,000 boxes; this holds their bounds.
#include "api/Jitter.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace mente::console;

TEST(Jitter, ReconnectDelayStaysWithinHalfAndWholeAndSpreads)
{
    for (const int ms : {2, 3, 1000, 60000}) {
        QSet<int> seen;
        int low = ms, high = 0;
        for (int i = 0; i < 2000; ++i) {
            const int d = withJitter(ms);
            ASSERT_GE(d, ms / 2) << ms;
            ASSERT_LE(d, ms) << ms;
            low = std::min(low, d);
            high = std::max(high, d);
            seen.insert(d);
        }
        if (ms >= 1000) {
            // 100 boxes dropped together: their retries cover most of the window, not one instant.
            EXPECT_LT(low, ms / 2 + ms / 20) << ms;
            EXPECT_GT(high, ms - ms / 20) << ms;
            EXPECT_GT(seen.size(), std::min(ms / 2, 2000) * 6 / 10) << ms; // not a few values either
        }
    }
    EXPECT_EQ(withJitter(1), 1);
    EXPECT_EQ(withJitter(0), 0);
}

TEST(Jitter, FirstPeriodCoversThePeriod)
{
    const int period = 30000;
    int buckets[10] = {};
    for (int i = 0; i < 5000; ++i) {
        const int first = firstPeriod(period);
        ASSERT_GE(first, 1);
        ASSERT_LE(first, period);
        ++buckets[std::min(9, (first - 1) * 10 / period)];
    }
    for (const int n : buckets)
        EXPECT_GT(n, 300); // 500 expected in each tenth; a burst would leave most of them empty
    EXPECT_EQ(firstPeriod(1), 1);
}
