// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace mente {

// The time, injected so that expiry, lockout, schedules and "how long ago" can be tested without
// waiting. Box and console both take one; tests hand in tests/support/FakeClock.h.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace mente
