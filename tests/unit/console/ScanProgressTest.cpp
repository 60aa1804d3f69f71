// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/EventReading.h"

#include <gtest/gtest.h>

using namespace mente;
using namespace mente::console;

namespace {
Event scanEvent(const QString &to, const QJsonObject &detail)
{
    Event e;
    e.seq = 3;
    e.kind = QStringLiteral("scan");
    e.id = 12;
    e.from = QStringLiteral("running");
    e.to = to;
    e.detail = detail;
    return e;
}

std::optional<Result<ScanProgressDetail>> scanOf(const Event &event)
{
    return detailOf<ScanProgressDetail>(event, QLatin1String("scan"));
}
} // namespace

// The detail the box's ScanService puts on its scan events, read back as the console reads it:
// the contract's type for the detail, the event's own fields for which scan and its state.
TEST(ScanProgress, ReadsTheBoxsScanEventAndNamesABadField)
{
    const Event runningEvent = scanEvent(QStringLiteral("running"), {{QStringLiteral("deviceId"), 4},
                                                                     {QStringLiteral("portsDone"), 6554},
                                                                     {QStringLiteral("portsTotal"), 65535},
                                                                     {QStringLiteral("percent"), 10},
                                                                     {QStringLiteral("openPorts"), 1}});
    const auto running = scanOf(runningEvent);
    ASSERT_TRUE(running.has_value());
    ASSERT_TRUE(running->ok()) << running->error().field.toStdString();
    EXPECT_EQ(runningEvent.id, 12); // the scan
    EXPECT_EQ(running->value().deviceId, 4);
    EXPECT_EQ(running->value().percent, 10);
    ASSERT_TRUE(scanStateOf(runningEvent).ok());
    EXPECT_EQ(scanStateOf(runningEvent).value(), ScanState::Running);

    const Event doneEvent = scanEvent(QStringLiteral("failed"), {{QStringLiteral("deviceId"), 4},
                                                                 {QStringLiteral("portsDone"), 40},
                                                                 {QStringLiteral("portsTotal"), 100},
                                                                 {QStringLiteral("percent"), 40}});
    const auto done = scanOf(doneEvent);
    ASSERT_TRUE(done && done->ok());
    ASSERT_TRUE(scanStateOf(doneEvent).ok());
    EXPECT_EQ(scanStateOf(doneEvent).value(), ScanState::Failed); // finished, and failed

    // The name the console once read ("progress") is not the contract's: the event says which field.
    const auto old = scanOf(scanEvent(QStringLiteral("running"), {{QStringLiteral("deviceId"), 4},
                                                                  {QStringLiteral("portsDone"), 0},
                                                                  {QStringLiteral("portsTotal"), 10},
                                                                  {QStringLiteral("progress"), 0.5}}));
    ASSERT_TRUE(old.has_value());
    ASSERT_FALSE(old->ok());
    EXPECT_EQ(old->error().field, QStringLiteral("detail.percent"));
    const auto over = scanOf(scanEvent(QStringLiteral("running"), {{QStringLiteral("deviceId"), 4},
                                                                   {QStringLiteral("portsDone"), 0},
                                                                   {QStringLiteral("portsTotal"), 10},
                                                                   {QStringLiteral("percent"), 101}}));
    ASSERT_TRUE(over && !over->ok());
    EXPECT_EQ(over->error().field, QStringLiteral("detail.percent"));
    const auto state = scanStateOf(scanEvent(QStringLiteral("sleeping"), {}));
    ASSERT_FALSE(state.ok());
    EXPECT_EQ(state.error().field, QStringLiteral("to"));

    Event other = scanEvent(QStringLiteral("running"), {});
    other.kind = QStringLiteral("port");
    EXPECT_FALSE(scanOf(other).has_value());
}
