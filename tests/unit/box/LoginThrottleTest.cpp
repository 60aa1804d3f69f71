// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/LoginThrottle.h"

#include <gtest/gtest.h>

using mente::box::LoginThrottle;

namespace {
const QDateTime t0 = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
const QString key = QStringLiteral("admin");
} // namespace

TEST(LoginThrottle, LocksAfterTheFifthFailureForTheLockoutTime)
{
    LoginThrottle throttle(5, 300);
    for (int i = 0; i < 4; ++i) {
        throttle.failure(key, t0.addSecs(i));
        EXPECT_EQ(throttle.lockedFor(key, t0.addSecs(i)), 0) << i;
    }
    throttle.failure(key, t0.addSecs(4));
    EXPECT_EQ(throttle.lockedFor(key, t0.addSecs(4)), 300);
    EXPECT_EQ(throttle.lockedFor(key, t0.addSecs(304 - 1)), 1);
    EXPECT_EQ(throttle.lockedFor(key, t0.addSecs(304)), 0);
    EXPECT_EQ(throttle.lockedFor(QStringLiteral("other"), t0.addSecs(4)), 0);
}

TEST(LoginThrottle, SuccessClearsAndOldFailuresAreForgotten)
{
    LoginThrottle throttle(3, 60);
    throttle.failure(key, t0);
    throttle.failure(key, t0.addSecs(1));
    throttle.success(key);
    throttle.failure(key, t0.addSecs(2));
    EXPECT_EQ(throttle.lockedFor(key, t0.addSecs(2)), 0);
    throttle.failure(key, t0.addSecs(3));
    // more than a lockout period later the count starts again
    throttle.failure(key, t0.addSecs(200));
    EXPECT_EQ(throttle.lockedFor(key, t0.addSecs(200)), 0);
}
