// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/OsSupport.h"

#include <gtest/gtest.h>
#include <sys/resource.h>

using namespace mente::console;

// A console watching 1,000 boxes needs more than the usual soft limit of 1,024 open files: at start
// it raises the soft limit to the hard one.
TEST(OpenFileLimit, TheSoftLimitIsRaisedToTheHardOne)
{
    rlimit before{};
    ASSERT_EQ(getrlimit(RLIMIT_NOFILE, &before), 0);
    ASSERT_GT(before.rlim_max, rlim_t(256)) << "the hard limit of this test's process is too low to lower";
    rlimit lowered = before;
    lowered.rlim_cur = 256;
    ASSERT_EQ(setrlimit(RLIMIT_NOFILE, &lowered), 0);

    const long long now = platform::raiseOpenFileLimit();

    rlimit after{};
    ASSERT_EQ(getrlimit(RLIMIT_NOFILE, &after), 0);
    EXPECT_EQ(after.rlim_cur, before.rlim_max);
    if (before.rlim_max == RLIM_INFINITY)
        EXPECT_EQ(now, -1);
    else
        EXPECT_EQ(now, static_cast<long long>(before.rlim_max));
    EXPECT_EQ(platform::raiseOpenFileLimit(), now) << "a second call changes nothing";
}
