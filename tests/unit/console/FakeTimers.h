// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Timer.h"
#include "support/FakeClock.h"

#include <QDateTime>
#include <QList>
#include <QPointer>

#include <algorithm>

namespace mente::test {

// Timers on a FakeClock: nothing fires until the test moves the clock with advanceMs(), and then
// every timer that came due fires, earliest first, with the clock set to its moment.
class FakeTimers final : public console::Timers
{
public:
    explicit FakeTimers(FakeClock &clock) : m_clock(clock) {}

    console::Timer *make(QObject *parent) override
    {
        auto *t = new FakeTimer(this, parent);
        m_timers.append(t);
        return t;
    }

    void advanceMs(qint64 ms)
    {
        const QDateTime target = m_clock.now().addMSecs(ms);
        for (;;) {
            FakeTimer *next = nullptr;
            for (const QPointer<FakeTimer> &t : std::as_const(m_timers))
                if (t && t->active && t->due <= target && (!next || t->due < next->due))
                    next = t;
            if (!next)
                break;
            m_clock.set(next->due);
            if (next->single)
                next->active = false;
            else
                next->due = next->due.addMSecs(std::max(1, next->ms));
            emit next->timeout();
        }
        m_clock.set(target);
    }

    // Milliseconds from the clock's now to the earliest running timer's moment; -1 when none runs.
    qint64 msUntilNext() const
    {
        qint64 best = -1;
        for (const QPointer<FakeTimer> &t : std::as_const(m_timers))
            if (t && t->active) {
                const qint64 ms = m_clock.now().msecsTo(t->due);
                best = best < 0 ? ms : std::min(best, ms);
            }
        return best;
    }

    // How many of the timers it made are running now.
    int active() const
    {
        return int(std::count_if(m_timers.cbegin(), m_timers.cend(), [](const auto &t) { return t && t->active; }));
    }

private:
    class FakeTimer final : public console::Timer
    {
    public:
        FakeTimer(FakeTimers *owner, QObject *parent) : console::Timer(parent), m_owner(owner) {}
        void setSingleShot(bool s) override { single = s; }
        void setInterval(int interval) override { ms = interval; }
        int interval() const override { return ms; }
        void start() override
        {
            active = true;
            due = m_owner->m_clock.now().addMSecs(ms);
        }
        void stop() override { active = false; }
        bool isActive() const override { return active; }

        bool single = false;
        bool active = false;
        int ms = 0;
        QDateTime due;

    private:
        FakeTimers *m_owner;
    };

    FakeClock &m_clock;
    QList<QPointer<FakeTimer>> m_timers;
};

} // namespace mente::test
