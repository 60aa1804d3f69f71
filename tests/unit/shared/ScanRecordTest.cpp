// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/ScanRecord.h"

#include "shared/Acknowledgement.h"
#include "shared/DiscoveryRun.h"
#include "shared/Mute.h"
#include "shared/TimeFormat.h"
#include "support/QtPrinters.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace mente;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

ScanRecord runningScan()
{
    ScanRecord r;
    r.id = 4;
    r.deviceId = 2;
    r.state = s("running");
    r.ports = s("1-1000");
    r.portsDone = 500;
    r.portsTotal = 1000;
    r.openPorts = {{22, s("SSH"), {}}, {8080, {}, s("hello")}};
    r.method = s("connect");
    r.startedAt = fromIso(s("2026-11-25T10:00:00Z"));
    return r;
}

template<typename T> QString badField(const QJsonObject &json)
{
    const auto parsed = T::fromJson(json);
    EXPECT_FALSE(parsed.ok());
    return parsed.ok() ? QString() : parsed.error().field;
}
} // namespace

TEST(ScanRecordWire, RoundTripKeepsEveryFieldAndSendsPercent)
{
    const ScanRecord r = runningScan();
    const QJsonObject json = r.toJson();
    EXPECT_EQ(json.value(s("percent")).toInt(), 50) << "the console's progress bar reads percent";
    EXPECT_FALSE(json.contains(s("progress")));
    const auto back = ScanRecord::fromJson(json);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back->id, 4);
    EXPECT_EQ(back->deviceId, 2);
    EXPECT_EQ(back->state, s("running"));
    EXPECT_EQ(back->ports, s("1-1000"));
    EXPECT_EQ(back->percent(), 50);
    ASSERT_EQ(back->openPorts.size(), 2);
    EXPECT_EQ(back->openPorts.at(0).port, 22);
    EXPECT_EQ(back->openPorts.at(0).protocol, s("SSH"));
    EXPECT_EQ(back->openPorts.at(1).banner, s("hello"));
    EXPECT_EQ(back->method, s("connect"));
    EXPECT_EQ(back->startedAt, r.startedAt);
    EXPECT_FALSE(back->finishedAt.isValid());
    EXPECT_EQ(back->toJson(), json);
}

TEST(ScanRecordWire, PercentStaysBelowHundredUntilTheScanIsDone)
{
    ScanRecord r = runningScan();
    r.portsDone = 1000;
    EXPECT_EQ(r.percent(), 99);
    r.state = s("done");
    EXPECT_EQ(r.percent(), 100);
}

TEST(ScanRecordWire, BadFieldsAreNamed)
{
    const QJsonObject good = runningScan().toJson();
    auto with = [&](const char *key, const QJsonValue &v) {
        QJsonObject o = good;
        o.insert(s(key), v);
        return o;
    };
    EXPECT_EQ(badField<ScanRecord>(with("state", s("paused"))), s("state"));
    EXPECT_EQ(badField<ScanRecord>(with("portsDone", 2000)), s("portsDone"));
    EXPECT_EQ(badField<ScanRecord>(with("percent", 101)), s("percent"));
    EXPECT_EQ(badField<ScanRecord>(with("startedAt", s("yesterday"))), s("startedAt"));
    EXPECT_EQ(badField<ScanRecord>(with("openPorts", s("22"))), s("openPorts"));
    EXPECT_EQ(badField<ScanRecord>(with("openPorts", QJsonArray{QJsonObject{{s("port"), 0}}})), s("openPorts[0].port"));
    QJsonObject noId = good;
    noId.remove(s("deviceId"));
    EXPECT_EQ(badField<ScanRecord>(noId), s("deviceId"));
}

TEST(ScanRecordWire, ScanRequestAndAnswer)
{
    EXPECT_TRUE(ScanRequest::fromJson({}).ok()) << "no ports: every port";
    const auto req = ScanRequest::fromJson(ScanRequest{s("22,80")}.toJson());
    ASSERT_TRUE(req.ok());
    EXPECT_EQ(req->ports, s("22,80"));
    EXPECT_EQ(badField<ScanRequest>({{s("ports"), 22}}), s("ports"));
    const auto started = ScanStarted::fromJson(ScanStarted{9}.toJson());
    ASSERT_TRUE(started.ok());
    EXPECT_EQ(started->scanId, 9);
    EXPECT_EQ(badField<ScanStarted>({{s("scanId"), s("9")}}), s("scanId"));
}

TEST(DiscoveryRunWire, RoundTripAndBadFields)
{
    DiscoveryRun run;
    run.id = 3;
    run.state = s("done");
    run.trigger = s("request");
    run.methods = {s("neighbour"), s("tcp")};
    run.cidrs = {s("10.1.0.0/24")};
    run.hostsDone = run.hostsTotal = 254;
    run.found = 5;
    run.added = 2;
    run.gone = 1;
    run.startedAt = fromIso(s("2026-11-25T10:00:00Z"));
    run.finishedAt = fromIso(s("2026-11-25T10:01:00Z"));
    const auto back = DiscoveryRun::fromJson(run.toJson());
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back->toJson(), run.toJson());
    EXPECT_EQ(back->added, 2);
    EXPECT_EQ(back->methods, run.methods);
    QJsonObject bad = run.toJson();
    bad.insert(s("cidrs"), QJsonArray{1});
    EXPECT_EQ(badField<DiscoveryRun>(bad), s("cidrs[0]"));
    bad = run.toJson();
    bad.insert(s("new"), -1);
    EXPECT_EQ(badField<DiscoveryRun>(bad), s("new"));
    // GET /discovery before the first sweep.
    const auto never = DiscoveryRun::fromJson({{s("id"), 0}, {s("state"), s("never")}});
    ASSERT_TRUE(never.ok()) << never.error().message.toStdString();
    EXPECT_EQ(never->state, s("never"));
    EXPECT_EQ(badField<DiscoveryRun>({{s("id"), 0}, {s("state"), s("done")}}), s("id"));
}

TEST(MuteWire, RoundTripAndBadFields)
{
    Mute m;
    m.id = 7;
    m.kind = s("port");
    m.targetId = 12;
    m.until = fromIso(s("2026-11-25T12:00:00Z"));
    m.createdAt = fromIso(s("2026-11-25T10:00:00Z"));
    m.createdBy = s("tanto");
    m.reason = s("メンテナンス");
    const auto back = Mute::fromJson(m.toJson());
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back->toJson(), m.toJson());
    QJsonObject bad = m.toJson();
    bad.insert(s("kind"), s("printer"));
    EXPECT_EQ(badField<Mute>(bad), s("kind"));
    bad = m.toJson();
    bad.insert(s("until"), QJsonValue::Null);
    EXPECT_EQ(badField<Mute>(bad), s("until"));
    bad = m.toJson();
    bad.insert(s("kind"), s("box"));
    EXPECT_EQ(badField<Mute>(bad), s("targetId")) << "a box mute has no target id";
}

TEST(AckWire, RoundTripAndBadFields)
{
    const Acknowledgement a{s("device"), 5, true};
    const auto back = Acknowledgement::fromJson(a.toJson());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->toJson(), a.toJson());
    EXPECT_EQ(badField<Acknowledgement>({{s("kind"), s("box")}, {s("id"), 1}, {s("acknowledged"), true}}), s("kind"));
    EXPECT_EQ(badField<Acknowledgement>({{s("kind"), s("port")}, {s("id"), 0}, {s("acknowledged"), true}}), s("id"));
    EXPECT_EQ(badField<Acknowledgement>({{s("kind"), s("port")}, {s("id"), 1}, {s("acknowledged"), s("yes")}}),
              s("acknowledged"));
}
