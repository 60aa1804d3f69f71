// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ScanProgress.h"

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
} // namespace

// The detail the box's ScanService puts on its scan events, read back as the console reads it.
TEST(ScanProgress, ReadsTheBoxsScanEventAndNamesABadField)
{
    const auto running =
        ScanProgress::fromEvent(scanEvent(QStringLiteral("running"), {{QStringLiteral("deviceId"), 4},
                                                                      {QStringLiteral("portsDone"), 6554},
                                                                      {QStringLiteral("portsTotal"), 65535},
                                                                      {QStringLiteral("percent"), 10},
                                                                      {QStringLiteral("openPorts"), 1}}));
    ASSERT_TRUE(running.has_value());
    ASSERT_TRUE(running->ok()) << running->error().field.toStdString();
    EXPECT_EQ(running->value().scanId, 12);
    EXPECT_EQ(running->value().deviceId, 4);
    EXPECT_EQ(running->value().percent, 10);
    EXPECT_FALSE(running->value().finished());

    const auto done = ScanProgress::fromEvent(
        scanEvent(QStringLiteral("failed"), {{QStringLiteral("deviceId"), 4}, {QStringLiteral("percent"), 40}}));
    ASSERT_TRUE(done && done->ok());
    EXPECT_TRUE(done->value().finished());
    EXPECT_TRUE(done->value().failed());

    // The name the console once read ("progress") is not the contract's: the event says which field.
    const auto old = ScanProgress::fromEvent(
        scanEvent(QStringLiteral("running"), {{QStringLiteral("deviceId"), 4}, {QStringLiteral("progress"), 0.5}}));
    ASSERT_TRUE(old.has_value());
    ASSERT_FALSE(old->ok());
    EXPECT_EQ(old->error().field, QStringLiteral("detail.percent"));
    const auto over = ScanProgress::fromEvent(
        scanEvent(QStringLiteral("running"), {{QStringLiteral("deviceId"), 4}, {QStringLiteral("percent"), 101}}));
    ASSERT_TRUE(over && !over->ok());
    EXPECT_EQ(over->error().field, QStringLiteral("detail.percent"));
    const auto state = ScanProgress::fromEvent(scanEvent(QStringLiteral("sleeping"), {}));
    ASSERT_TRUE(state && !state->ok());
    EXPECT_EQ(state->error().field, QStringLiteral("to"));

    Event other = scanEvent(QStringLiteral("running"), {});
    other.kind = QStringLiteral("port");
    EXPECT_FALSE(ScanProgress::fromEvent(other).has_value());
}
