// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mente::box {

// [session] in box.conf: how long a login's token lives.
struct SessionSettings
{
    double ttlMin = 720; // may be fractional, so tests can watch a token expire
};

// [auth] in box.conf: how many wrong passwords lock a login ID or an address, and for how long.
struct LoginSettings
{
    int maxFailures = 5;
    int lockoutS = 300;
};

} // namespace mente::box
