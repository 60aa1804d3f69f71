// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/EventDetails.h"

#include "support/QtPrinters.h"

#include <QJsonArray>

#include <algorithm>
#include <gtest/gtest.h>

using namespace mente;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

Event event(const char *kind, const QJsonObject &detail)
{
    Event e;
    e.seq = 1;
    e.kind = s(kind);
    e.detail = detail;
    return e;
}

// The detail of each kind as the box writes it (the emitters in box-service/, field for field).
QList<Event> boxEvents()
{
    return {
        event("device", {{s("ip"), s("10.1.0.5")},
                         {s("name"), s("NAS")},
                         {s("method"), s("icmp-datagram")},
                         {s("checkCause"), s("timeout")},
                         {s("flapping"), false},
                         {s("muted"), false}}),
        event("port", {{s("ip"), s("10.1.0.5")},
                       {s("name"), s("NAS")},
                       {s("deviceId"), 3},
                       {s("port"), 22},
                       {s("protocol"), s("SSH")},
                       {s("method"), s("ssh")},
                       {s("latencyMs"), 4},
                       {s("flapping"), true},
                       {s("muted"), true},
                       {s("mutedUntil"), s("2026-11-25T12:00:00Z")}}),
        event("box", {{s("check"), s("network")},
                      {s("gateway"), s("10.1.0.1")},
                      {s("interface"), s("eth0")},
                      {s("muted"), false}}),
        event("vpn", {{s("interface"), s("vpn_mente")}, {s("method"), s("interface")}, {s("muted"), false}}),
        event("scan", {{s("deviceId"), 3}, {s("portsTotal"), 1000}, {s("portsDone"), 0}, {s("percent"), 0}}),
        event("scan", {{s("deviceId"), 3},
                       {s("portsDone"), 1000},
                       {s("portsTotal"), 1000},
                       {s("percent"), 100},
                       {s("openPorts"), 2}}),
        event("device.new", {{s("ip"), s("10.1.0.9")},
                             {s("mac"), s("00:11:22:33:44:55")},
                             {s("vendor"), s("ACME")},
                             {s("hostname"), s("printer")},
                             {s("discoveryId"), 2}}),
        event("device.moved", {{s("mac"), s("00:11:22:33:44:55")}, {s("discoveryId"), 2}}),
        event("device.gone", {{s("ip"), s("10.1.0.9")}, {s("discoveryId"), 2}}),
        event("monitor", {{s("target"), s("port")}, {s("by"), s("tanto")}}),
        event("monitor", {{s("target"), s("device")}, {s("by"), s("tanto")}, {s("state"), s("unknown")}}),
        event("ack", {{s("target"), s("device")}, {s("acknowledged"), true}, {s("by"), s("tanto")}}),
        event("ack", {{s("target"), s("box")},
                      {s("acknowledged"), true},
                      {s("by"), s("tanto")},
                      {s("devices"), QJsonArray{3, 4}},
                      {s("ports"), QJsonArray{7}}}),
        event("tunnel", {{s("operatorId"), 2},
                         {s("login"), s("tanto")},
                         {s("client"), s("127.0.0.1")},
                         {s("host"), s("10.1.0.5")},
                         {s("port"), 3389},
                         {s("channel"), 1},
                         {s("durationMs"), 5000},
                         {s("bytesToDevice"), 100},
                         {s("bytesFromDevice"), 2000}}),
        event("discovery", {{s("id"), 2},
                            {s("state"), s("done")},
                            {s("trigger"), s("request")},
                            {s("methods"), QJsonArray{s("neighbour")}},
                            {s("cidrs"), QJsonArray{s("10.1.0.0/24")}},
                            {s("hostsDone"), 254},
                            {s("hostsTotal"), 254},
                            {s("percent"), 100},
                            {s("found"), 3},
                            {s("new"), 1},
                            {s("gone"), 0},
                            {s("startedAt"), s("2026-11-25T10:00:00Z")},
                            {s("finishedAt"), s("2026-11-25T10:01:00Z")}}),
        event("discovery.progress", {{s("hostsDone"), 127}, {s("hostsTotal"), 254}, {s("percent"), 50}}),
        event("report", {{s("id"), 1},
                         {s("month"), s("2026-10")},
                         {s("partial"), false},
                         {s("empty"), false},
                         {s("rebuilt"), false},
                         {s("builtAt"), s("2026-11-01T00:05:00Z")},
                         {s("sentAt"), QJsonValue()},
                         {s("targets"), 4},
                         {s("faults"), 1},
                         {s("ok"), 0.99}}),
        event("mute", {{s("id"), 4},
                       {s("kind"), s("box")},
                       {s("targetId"), 0},
                       {s("until"), s("2026-11-25T12:00:00Z")},
                       {s("createdAt"), s("2026-11-25T10:00:00Z")},
                       {s("createdBy"), s("tanto")},
                       {s("reason"), s("")}}),
        event("mute", {{s("id"), 5},
                       {s("kind"), s("box")},
                       {s("targetId"), 0},
                       {s("until"), s("2026-11-25T14:00:00Z")},
                       {s("createdAt"), s("2026-11-25T11:00:00Z")},
                       {s("createdBy"), s("tanto")},
                       {s("reason"), s("")},
                       {s("replaced"), QJsonArray{4}}}),
        event("mute", {{s("kind"), s("box")}, {s("targetId"), 0}, {s("removed"), QJsonArray{5}}}),
    };
}

QJsonObject detailOf(const EventDetail &detail)
{
    return std::visit([](const auto &d) { return d.toJson(); }, detail);
}
} // namespace

TEST(EventDetails, EveryKindTheBoxEmitsParsesAndRoundTrips)
{
    QSet<QString> kinds;
    for (const Event &e : boxEvents()) {
        const auto parsed = parseEventDetail(e);
        ASSERT_TRUE(parsed.ok()) << e.kind.toStdString() << ": " << parsed.error().message.toStdString();
        kinds.insert(e.kind);
        // What the type writes back is what the box wrote, key for key.
        EXPECT_EQ(detailOf(parsed.value()), e.detail) << e.kind.toStdString();
    }
    const QStringList known = eventKinds();
    EXPECT_EQ(kinds, QSet<QString>(known.begin(), known.end())) << "a test event for every known kind";
}

TEST(EventDetails, ScanProgressIsReadAsPercent)
{
    const auto parsed = parseEventDetail(boxEvents().at(5));
    ASSERT_TRUE(parsed.ok());
    const auto &scan = std::get<ScanProgressDetail>(parsed.value());
    EXPECT_EQ(scan.percent, 100);
    EXPECT_EQ(scan.openPorts, 2);
    EXPECT_EQ(scan.deviceId, 3);
}

TEST(EventDetails, BadFieldsAreNamedInsideDetail)
{
    auto bad = [](const char *kind, const char *key, const QJsonValue &value) {
        for (Event e : boxEvents()) {
            if (e.kind != s(kind))
                continue;
            e.detail.insert(s(key), value);
            const auto parsed = parseEventDetail(e);
            return parsed.ok() ? QString() : parsed.error().field;
        }
        return s("no such kind");
    };
    EXPECT_EQ(bad("device", "flapping", s("no")), s("detail.flapping"));
    EXPECT_EQ(bad("port", "port", 70000), s("detail.port"));
    EXPECT_EQ(bad("port", "mutedUntil", s("soon")), s("detail.mutedUntil"));
    EXPECT_EQ(bad("box", "check", QJsonValue()), s("detail.check"));
    EXPECT_EQ(bad("vpn", "muted", 1), s("detail.muted"));
    EXPECT_EQ(bad("scan", "percent", 150), s("detail.percent"));
    EXPECT_EQ(bad("scan", "portsDone", 5000), s("detail.portsDone"));
    EXPECT_EQ(bad("device.new", "discoveryId", 0), s("detail.discoveryId"));
    EXPECT_EQ(bad("device.moved", "mac", 5), s("detail.mac"));
    EXPECT_EQ(bad("device.gone", "ip", QJsonValue()), s("detail.ip"));
    EXPECT_EQ(bad("monitor", "target", s("box")), s("detail.target"));
    EXPECT_EQ(bad("ack", "acknowledged", s("true")), s("detail.acknowledged"));
    EXPECT_EQ(bad("tunnel", "bytesToDevice", -1), s("detail.bytesToDevice"));
    EXPECT_EQ(bad("discovery", "state", s("paused")), s("detail.state"));
    EXPECT_EQ(bad("report", "month", s("October")), s("detail.month"));
    EXPECT_EQ(bad("mute", "kind", s("printer")), s("detail.kind"));
    EXPECT_EQ(bad("mute", "replaced", s("4")), s("detail.replaced"));
    EXPECT_EQ(bad("monitor", "state", s("sleepy")), s("detail.state"));
    EXPECT_EQ(bad("discovery.progress", "percent", 150), s("detail.percent"));
    EXPECT_EQ(bad("discovery.progress", "hostsDone", 300), s("detail.hostsDone"));
}

TEST(EventDetails, TheBoxWideAckAndUnmuteNameTheirTargets)
{
    const QList<Event> events = boxEvents();
    const auto boxAck = std::find_if(events.cbegin(), events.cend(), [](const Event &e) {
        return e.kind == s("ack") && e.detail.value(s("target")).toString() == s("box");
    });
    ASSERT_NE(boxAck, events.cend());
    const auto ack = parseEventDetail(*boxAck);
    ASSERT_TRUE(ack.ok()) << ack.error().message.toStdString();
    EXPECT_EQ(std::get<AckDetail>(ack.value()).devices, (QList<qint64>{3, 4}));
    EXPECT_EQ(std::get<AckDetail>(ack.value()).ports, QList<qint64>{7});
    Event badAck = *boxAck;
    badAck.detail.insert(s("ports"), QJsonArray{0});
    EXPECT_EQ(parseEventDetail(badAck).error().field, s("detail.ports"));

    const Event &unmute = events.last();
    const auto removed = parseEventDetail(unmute);
    ASSERT_TRUE(removed.ok()) << removed.error().message.toStdString();
    EXPECT_EQ(std::get<MuteDetail>(removed.value()).removed, QList<qint64>{5});
    Event badUnmute = unmute;
    badUnmute.detail.insert(s("kind"), s("device"));
    EXPECT_EQ(parseEventDetail(badUnmute).error().field, s("detail.kind"));
}

TEST(EventDetails, SweepProgressIsReadAsPercentOfHosts)
{
    const auto parsed = parseEventDetail(event("discovery.progress", SweepProgressDetail{254, 254, 100}.toJson()));
    ASSERT_TRUE(parsed.ok());
    const auto &sweep = std::get<SweepProgressDetail>(parsed.value());
    EXPECT_EQ(sweep.percent, 100);
    EXPECT_EQ(sweep.hostsDone, 254);
    EXPECT_EQ(sweep.hostsTotal, 254);
}

TEST(EventDetails, AnUnknownKindIsAnError)
{
    const auto parsed = parseEventDetail(event("weather", {}));
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().field, s("kind"));
}
