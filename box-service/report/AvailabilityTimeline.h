// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kernel/TimeSpan.h"
#include "shared/HealthState.h"

#include <QDateTime>
#include <QList>

namespace mente::box {

struct StateChange
{
    QDateTime at;
    HealthState to = HealthState::Unknown;
};

// Where one target's time went over a stretch of the month, in milliseconds.
struct Availability
{
    qint64 countedMs = 0;
    qint64 okMs = 0;
    qint64 faultMs = 0;
    qint64 unknownMs = 0;
    qint64 mutedMs = 0;

    // Shares of the counted time, rounded to 0.01 %; all 0 when nothing was counted.
    double share(qint64 part) const;
};

// The availability arithmetic of the monthly report (F10), free of the store so that a month can
// be checked against a table worked out by hand. Only time inside `counted` (the target was
// switched on) counts. Within it, a moment the box was not running is unknown (nobody looked);
// otherwise a moment inside a maintenance window is muted; otherwise the stored state decides
// (ok, fault, anything else unknown).
struct AvailabilityInput
{
    QDateTime start;
    QDateTime end;
    HealthState initial = HealthState::Unknown; // the state at `start`
    QList<StateChange> changes;                 // in time order; ones outside [start, end) are ignored
    QList<TimeSpan> counted;
    QList<TimeSpan> muted;
    QList<TimeSpan> boxDown;
};

class AvailabilityTimeline
{
public:
    static Availability compute(const AvailabilityInput &input);
};

} // namespace mente::box
