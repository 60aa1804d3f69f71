// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Box.h"
#include "store/BoxRecord.h"

#include <QDateTime>

namespace mente::console {

// One box as the fleet view sees it: what the box said last, plus what only the console knows
// (it stopped answering, its certificate changed, a local mute or acknowledgement).
struct FleetEntry
{
    BoxRecord record;
    BoxStatus status;
    bool hasStatus = false;
    QDateTime lastContact;
    qint64 lastSeq = 0;
    bool unreachable = false; // no answer for longer than the fault limit
    bool certificateRefused = false;
    QString presentedFingerprint; // what it showed instead of the pinned certificate
    QString problem;              // words for a person: login failed, certificate changed ...
    QDateTime mutedUntil;
    bool acknowledged = false;
    bool hasEvents = false; // device faults arrive as events (else from the status roll-up)

    HealthState boxState() const
    {
        if (unreachable || certificateRefused)
            return HealthState::Fault;
        return hasStatus ? status.boxState : HealthState::Unknown;
    }
    HealthState deviceState() const { return hasStatus ? status.deviceState : HealthState::Unknown; }
    HealthState vpnState() const { return hasStatus ? status.vpnState : HealthState::Unknown; }
    HealthState worst() const { return worse(worse(boxState(), deviceState()), vpnState()); }
    bool muted(const QDateTime &now) const { return mutedUntil.isValid() && mutedUntil > now; }
};

} // namespace mente::console
