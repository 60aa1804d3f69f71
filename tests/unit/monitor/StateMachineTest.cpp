// SPDX-License-Identifier: GPL-3.0-or-later
// The monitor's state machine (F7): retries, recoveries, flapping, against a fake clock.
#include "monitor/StateMachine.h"

#include "support/FakeClock.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace mente;
using namespace mente::box;

namespace {
CheckResult up()
{
    return CheckResult{true, {}, QStringLiteral("tcp:80"), 3};
}
CheckResult down(const char *cause = "refused")
{
    return CheckResult{false, QString::fromLatin1(cause), QStringLiteral("tcp:80"), -1};
}

struct Harness
{
    test::FakeClock clock{QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC)};
    StateMachine machine;
    CheckSettings settings{60, 2000, 3, 2};
    FlapPolicy policy{4, 10};

    std::optional<StateMachine::Transition> feed(const CheckResult &r, qint64 afterSeconds = 60)
    {
        clock.advanceSecs(afterSeconds);
        return machine.observe(r, clock.now(), settings, policy);
    }
};
} // namespace

TEST(StateMachine, FirstGoodResultIsOkAtOnce)
{
    Harness h;
    const auto t = h.feed(up());
    ASSERT_TRUE(t);
    EXPECT_EQ(t->from, HealthState::Unknown);
    EXPECT_EQ(t->to, HealthState::Ok);
    EXPECT_EQ(t->cause, QStringLiteral("first check"));
    EXPECT_FALSE(h.feed(up()));
}

TEST(StateMachine, FaultOnlyAfterRetriesFailuresInARow)
{
    Harness h;
    h.feed(up());
    EXPECT_FALSE(h.feed(down()));
    EXPECT_TRUE(h.machine.unsettled());
    EXPECT_FALSE(h.feed(down()));
    EXPECT_FALSE(h.feed(up())) << "a success in between starts the count again";
    EXPECT_FALSE(h.feed(down()));
    EXPECT_FALSE(h.feed(down()));
    const auto t = h.feed(down("timeout"));
    ASSERT_TRUE(t);
    EXPECT_EQ(t->from, HealthState::Ok);
    EXPECT_EQ(t->to, HealthState::Fault);
    EXPECT_EQ(t->cause, QStringLiteral("timeout"));
    EXPECT_FALSE(t->flapping);
    EXPECT_FALSE(h.feed(down())) << "a fault is declared once";
}

TEST(StateMachine, RecoveryAfterRecoveriesSuccesses)
{
    Harness h;
    for (int i = 0; i < 3; ++i)
        h.feed(down());
    EXPECT_EQ(h.machine.state(), HealthState::Fault) << "unknown goes to fault after retries failures too";
    EXPECT_FALSE(h.feed(up()));
    EXPECT_TRUE(h.machine.unsettled());
    EXPECT_FALSE(h.feed(down()));
    EXPECT_FALSE(h.feed(up()));
    const auto t = h.feed(up());
    ASSERT_TRUE(t);
    EXPECT_EQ(t->to, HealthState::Ok);
    EXPECT_EQ(t->cause, QStringLiteral("recovered"));
}

TEST(StateMachine, FlappingIsOneFaultWithOneTransition)
{
    Harness h;
    h.settings.retries = 1;
    h.settings.recoveries = 1;
    h.feed(up());
    int transitions = 0;
    int flappingStarts = 0;
    // Down and up every minute: 4 changes are allowed in 10 minutes, the 5th makes it flapping.
    for (int i = 0; i < 20; ++i) {
        if (const auto t = h.feed(i % 2 ? up() : down())) {
            ++transitions;
            if (t->cause == QStringLiteral("flapping"))
                ++flappingStarts;
        }
    }
    EXPECT_EQ(flappingStarts, 1);
    EXPECT_EQ(transitions, 5) << "4 plain changes, then one change to flapping, then silence";
    EXPECT_TRUE(h.machine.flapping());
    EXPECT_EQ(h.machine.state(), HealthState::Fault);

    // Calm for long enough: the flapping ends and the real state is reported once.
    std::optional<StateMachine::Transition> end;
    for (int i = 0; i < 15 && !end; ++i)
        end = h.feed(up());
    ASSERT_TRUE(end);
    EXPECT_FALSE(end->flapping);
    EXPECT_EQ(end->to, HealthState::Ok);
    EXPECT_EQ(end->cause, QStringLiteral("stable again"));
}

TEST(StateMachine, SlowChangesAreNotFlapping)
{
    Harness h;
    h.settings.retries = 1;
    h.settings.recoveries = 1;
    h.feed(up());
    for (int i = 0; i < 20; ++i)
        h.feed(i % 2 ? up() : down(), 5 * 60); // one change every 5 minutes: 2 per 10-minute window
    EXPECT_FALSE(h.machine.flapping());
}

TEST(StateMachine, FlappingDetectionCanBeOff)
{
    Harness h;
    h.settings.retries = 1;
    h.settings.recoveries = 1;
    h.policy.changes = 0;
    h.feed(up());
    int transitions = 0;
    for (int i = 0; i < 20; ++i)
        transitions += h.feed(i % 2 ? up() : down(), 1) ? 1 : 0;
    EXPECT_EQ(transitions, 20);
    EXPECT_FALSE(h.machine.flapping());
}

TEST(StateMachine, StartsFromTheStoredState)
{
    test::FakeClock clock{QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC)};
    StateMachine machine(HealthState::Fault);
    const CheckSettings settings{60, 2000, 3, 1};
    EXPECT_FALSE(machine.observe(down(), clock.now(), settings, {}));
    const auto t = machine.observe(up(), clock.now(), settings, {});
    ASSERT_TRUE(t);
    EXPECT_EQ(t->from, HealthState::Fault);
    EXPECT_EQ(t->to, HealthState::Ok);
}
