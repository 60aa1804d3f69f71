// SPDX-License-Identifier: GPL-3.0-or-later
// The monitor's wire types: device/port monitor fields, check-setting patches, mute requests.
#include "shared/Device.h"
#include "shared/Mute.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace mente;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
const QDateTime kNow = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
} // namespace

TEST(MonitorWire, DeviceMonitorFieldsRoundTrip)
{
    Device d;
    d.id = 4;
    d.ip = s("10.0.0.4");
    d.monitorInfo.overrides.intervalS = 30;
    d.monitorInfo.acknowledged = true;
    d.monitorInfo.flapping = true;
    d.monitorInfo.mutedUntil = kNow.addSecs(600);
    d.monitorInfo.lastCheck = kNow;
    d.monitorInfo.latencyMs = 12;
    d.monitorInfo.cause = s("timeout");
    d.monitorInfo.checkMethod = s("icmp+tcp:22");
    Port p;
    p.id = 9;
    p.port = 22;
    d.ports << p;
    const QJsonObject json = d.toJson();
    EXPECT_EQ(json.value(s("intervalS")).toInt(), 30);
    EXPECT_TRUE(json.value(s("retries")).isNull()) << "unset means the box's default";
    EXPECT_TRUE(json.value(s("ports")).toArray().at(0).toObject().value(s("latencyMs")).isNull());
    const auto back = Device::fromJson(json);
    ASSERT_TRUE(back.ok()) << qPrintable(back.error().message);
    EXPECT_EQ(back->monitorInfo.overrides.intervalS, 30);
    EXPECT_FALSE(back->monitorInfo.overrides.retries.has_value());
    EXPECT_TRUE(back->monitorInfo.acknowledged);
    EXPECT_TRUE(back->monitorInfo.flapping);
    EXPECT_EQ(back->monitorInfo.mutedUntil, kNow.addSecs(600));
    EXPECT_EQ(back->monitorInfo.latencyMs, 12);
    EXPECT_EQ(back->monitorInfo.checkMethod, s("icmp+tcp:22"));
    EXPECT_EQ(back->ports.at(0).monitorInfo.latencyMs, -1);
}

TEST(MonitorWire, CheckSettingPatches)
{
    const auto ok = DevicePatch::fromJson({{s("intervalS"), 5}, {s("retries"), QJsonValue::Null}});
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok->overrides.intervalS.value, 5);
    EXPECT_TRUE(ok->overrides.retries.present);
    EXPECT_FALSE(ok->overrides.retries.value.has_value());
    EXPECT_FALSE(ok->overrides.timeoutMs.present);
    EXPECT_EQ(DevicePatch::fromJson({{s("intervalS"), 0}}).error().field, s("intervalS"));
    EXPECT_EQ(DevicePatch::fromJson({{s("intervalS"), -1}}).error().field, s("intervalS"));
    EXPECT_EQ(DevicePatch::fromJson({{s("retries"), 1000}}).error().field, s("retries"));
    EXPECT_EQ(DevicePatch::fromJson({{s("timeoutMs"), 1.5}}).error().field, s("timeoutMs"));
    EXPECT_EQ(PortPatch::fromJson({{s("recoveries"), 0}}).error().field, s("recoveries"));
    EXPECT_TRUE(PortPatch::fromJson({{s("timeoutMs"), 800}}).ok());
}

TEST(MonitorWire, MuteRequests)
{
    const auto minutes = MuteRequest::fromJson({{s("kind"), s("device")}, {s("id"), 3}, {s("minutes"), 30}}, kNow);
    ASSERT_TRUE(minutes.ok());
    EXPECT_EQ(minutes->until, kNow.addSecs(1800));
    const auto box = MuteRequest::fromJson({{s("kind"), s("box")}, {s("until"), s("2026-11-25T12:00:00Z")}}, kNow);
    ASSERT_TRUE(box.ok());
    EXPECT_EQ(box->targetId, 0);
    auto field = [](const QJsonObject &json) { return MuteRequest::fromJson(json, kNow).error().field; };
    EXPECT_EQ(field({{s("kind"), s("port")}, {s("minutes"), 5}}), s("id"));
    EXPECT_EQ(field({{s("kind"), s("box")}, {s("id"), 4}, {s("minutes"), 5}}), s("id"));
    EXPECT_EQ(field({{s("kind"), s("device")}, {s("id"), 1}}), s("minutes"));
    EXPECT_EQ(
        field({{s("kind"), s("device")}, {s("id"), 1}, {s("minutes"), 5}, {s("until"), s("2026-11-25T12:00:00Z")}}),
        s("until"));
    EXPECT_EQ(field({{s("kind"), s("device")}, {s("id"), 1}, {s("until"), s("2026-11-25T09:00:00Z")}}), s("until"));
    EXPECT_EQ(field({{s("kind"), s("device")}, {s("id"), 1}, {s("until"), s("2028-11-25T09:00:00Z")}}), s("until"));
    EXPECT_EQ(field({{s("kind"), s("device")}, {s("id"), 1}, {s("minutes"), 600000}}), s("minutes"));
}
