// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

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
    // The key of the keyed hash (HMAC-SHA-256) under which failed login names and addresses are
    // stored: a random key of the box's own, kept in its secrets file, so a copy of box.db alone
    // does not give a password typed into the name field away to a dictionary. Empty: plain SHA-256.
    QByteArray hashKey;
};

} // namespace mente::box
