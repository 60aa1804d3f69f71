// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/CheckTypes.h"
#include "shared/HealthState.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace mente::box {

// When a target counts as flapping: more than `changes` changes of state within `minutes`.
struct FlapPolicy
{
    int changes = 6; // 0 turns flapping detection off
    int minutes = 10;
};

// The state of one monitored target (F7), fed one check result at a time. A fault is declared
// after `retries` failures in a row, recovery after `recoveries` successes in a row, so a lost
// packet raises nothing. A target that keeps changing is held at "fault", flagged flapping, until
// it has calmed down: one state and one event instead of a storm. A value type: the scheduler
// may keep a copy and go back to it (to hold a fault back while the box's own network is down).
class StateMachine
{
public:
    struct Transition
    {
        HealthState from = HealthState::Unknown;
        HealthState to = HealthState::Unknown;
        QString cause;
        bool flapping = false;
    };

    explicit StateMachine(HealthState initial = HealthState::Unknown, bool flapping = false);

    // Feeds one result; returns the change of the reported state or flapping flag, if any.
    std::optional<Transition> observe(const CheckResult &result, const QDateTime &now, const CheckSettings &settings,
                                      const FlapPolicy &policy);

    HealthState state() const { return m_state; }
    bool flapping() const { return m_flapping; }
    // True while results disagree with the state (a failure before the fault is declared, or a
    // success before the recovery): the scheduler checks sooner then.
    bool unsettled() const;
    int failuresInRow() const { return m_failures; }
    int successesInRow() const { return m_successes; }

private:
    HealthState m_state; // what is reported
    HealthState m_raw;   // what the results say, before the flapping hold
    bool m_flapping;
    int m_failures = 0;
    int m_successes = 0;
    QList<QDateTime> m_changes; // times of raw ok <-> fault changes within the flap window
};

} // namespace mente::box
