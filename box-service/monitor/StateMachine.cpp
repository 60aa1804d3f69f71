// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/StateMachine.h"

namespace mente::box {

QString toWire(TargetKind kind)
{
    return kind == TargetKind::Port ? QStringLiteral("port") : QStringLiteral("device");
}

StateMachine::StateMachine(HealthState initial, bool flapping)
    : m_state(initial == HealthState::Scanning ? HealthState::Unknown : initial), m_raw(m_state), m_flapping(flapping)
{}

bool StateMachine::unsettled() const
{
    return (m_raw != HealthState::Fault && m_failures > 0) || (m_raw == HealthState::Fault && m_successes > 0);
}

std::optional<StateMachine::Transition> StateMachine::observe(const CheckResult &result, const QDateTime &now,
                                                              const CheckSettings &settings, const FlapPolicy &policy)
{
    if (result.up) {
        ++m_successes;
        m_failures = 0;
    } else {
        ++m_failures;
        m_successes = 0;
    }

    HealthState raw = m_raw;
    if (result.up
        && (m_raw == HealthState::Unknown || (m_raw == HealthState::Fault && m_successes >= settings.recoveries)))
        raw = HealthState::Ok; // the first result of a new target needs no confirmation when it is good
    else if (!result.up && m_raw != HealthState::Fault && m_failures >= settings.retries)
        raw = HealthState::Fault;
    if (raw != m_raw) {
        if (m_raw != HealthState::Unknown)
            m_changes.append(now);
        m_raw = raw;
    }

    bool flapping = false;
    if (policy.changes > 0) {
        const QDateTime windowStart = now.addSecs(-qint64(policy.minutes) * 60);
        while (!m_changes.isEmpty() && m_changes.first() < windowStart)
            m_changes.removeFirst();
        // Hysteresis: flapping starts above `changes` and ends only at half of it.
        flapping = m_flapping ? m_changes.size() > policy.changes / 2 : m_changes.size() > policy.changes;
    } else {
        m_changes.clear();
    }

    const HealthState reported = flapping ? HealthState::Fault : m_raw;
    if (reported == m_state && flapping == m_flapping)
        return std::nullopt;
    Transition t;
    t.from = m_state;
    t.to = reported;
    t.flapping = flapping;
    if (flapping && !m_flapping)
        t.cause = QStringLiteral("flapping");
    else if (result.up && t.from == HealthState::Unknown)
        t.cause = QStringLiteral("first check");
    else if (result.up)
        t.cause = m_flapping && !flapping ? QStringLiteral("stable again") : QStringLiteral("recovered");
    else
        t.cause = result.cause.isEmpty() ? QStringLiteral("down") : result.cause;
    m_state = reported;
    m_flapping = flapping;
    return t;
}

} // namespace mente::box
