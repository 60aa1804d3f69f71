// SPDX-License-Identifier: GPL-3.0-or-later
// The monitor's API: per-target settings and their bad input, acknowledgements, mutes,
// /metrics in the Prometheus format, the box's VPN state.
#include "MonitorHarness.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace mente::test;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

class MonitorApi : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(box.start(s("\n[metrics]\ntoken=prometheus-reads-this-0123456789\n")))
            << qPrintable(box.box.output());
        device = box.addDevice(s("127.0.0.1"));
        ASSERT_TRUE(listener.listen(QHostAddress::LocalHost, 0));
        port = box.addPort(device, listener.serverPort(), s(""));
        ASSERT_GT(port, 0);
    }
    void faultThePort()
    {
        ASSERT_EQ(box.client->patch(s("/api/v1/ports/%1").arg(port), {{s("monitor"), true}}).status, 200);
        ASSERT_TRUE(waitFor([&] { return box.port(port).value(s("state")).toString() == s("ok"); }, 5000));
        listener.close();
        ASSERT_TRUE(waitFor([&] { return box.port(port).value(s("state")).toString() == s("fault"); }, 10000));
    }
    MonitoredBox box;
    QTcpServer listener;
    qint64 device = 0;
    qint64 port = 0;
};
} // namespace

TEST_F(MonitorApi, PerTargetSettingsAndTheirBadInput)
{
    const QString path = s("/api/v1/devices/%1").arg(device);
    HttpReply r = box.client->patch(
        path, {{s("intervalS"), 30}, {s("timeoutMs"), 1500}, {s("retries"), 5}, {s("recoveries"), 2}});
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.json().value(s("intervalS")).toInt(), 30);
    EXPECT_EQ(r.json().value(s("retries")).toInt(), 5);
    r = box.client->patch(path, {{s("intervalS"), QJsonValue::Null}});
    EXPECT_TRUE(r.json().value(s("intervalS")).isNull()) << "null goes back to the [monitor] default";

    for (const auto &[field, value] :
         {std::pair{"intervalS", 0}, {"intervalS", -5}, {"retries", 1000}, {"timeoutMs", 0}, {"recoveries", -1}}) {
        r = box.client->patch(path, {{QString::fromLatin1(field), value}});
        EXPECT_EQ(r.status, 400) << field << value;
        EXPECT_EQ(r.errorField(), QString::fromLatin1(field));
    }
    r = box.client->patch(path, {{s("intervalS"), s("often")}});
    EXPECT_EQ(r.errorField(), s("intervalS"));
    r = box.client->patch(s("/api/v1/ports/%1").arg(port), {{s("retries"), 1000}});
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.errorField(), s("retries"));
    EXPECT_EQ(
        box.client->patch(s("/api/v1/ports/%1").arg(port), {{s("intervalS"), 2}}).json().value(s("intervalS")).toInt(),
        2);
    EXPECT_EQ(box.device(device).value(s("retries")).toInt(), 5) << "bad input changed nothing";
    EXPECT_EQ(box.client->patch(s("/api/v1/devices/999999"), {{s("monitor"), true}}).status, 404);
    EXPECT_EQ(box.client->patch(s("/api/v1/ports/999999"), {{s("monitor"), true}}).status, 404);
}

TEST_F(MonitorApi, AcknowledgeAFault)
{
    EXPECT_EQ(box.client->post(s("/api/v1/ports/%1/ack").arg(port), {}).status, 409) << "nothing to acknowledge yet";
    EXPECT_EQ(box.client->post(s("/api/v1/ports/999999/ack"), {}).status, 404);
    EXPECT_EQ(box.client->post(s("/api/v1/devices/999999/ack"), {}).status, 404);
    faultThePort();
    const HttpReply r = box.client->post(s("/api/v1/ports/%1/ack").arg(port), {});
    ASSERT_EQ(r.status, 200);
    EXPECT_TRUE(box.port(port).value(s("acknowledged")).toBool());
    bool seen = false;
    for (const QJsonValue v : box.events())
        seen |= v.toObject().value(s("kind")).toString() == s("ack") && v.toObject().value(s("id")).toInteger() == port;
    EXPECT_TRUE(seen);
    // Recovery clears the acknowledgement.
    ASSERT_TRUE(listener.listen(QHostAddress::LocalHost, quint16(box.port(port).value(s("port")).toInt())));
    ASSERT_TRUE(waitFor([&] { return box.port(port).value(s("state")).toString() == s("ok"); }, 10000));
    EXPECT_FALSE(box.port(port).value(s("acknowledged")).toBool());
}

TEST_F(MonitorApi, MuteADeviceForAMaintenanceWindow)
{
    HttpReply r =
        box.client->post(s("/api/v1/mutes"), {{s("kind"), s("device")}, {s("id"), device}, {s("minutes"), 30}});
    ASSERT_EQ(r.status, 201);
    const qint64 muteId = r.json().value(s("id")).toInteger();
    EXPECT_TRUE(box.device(device).value(s("mutedUntil")).isString());
    EXPECT_TRUE(box.port(port).value(s("mutedUntil")).isString()) << "a device's mute covers its ports";
    EXPECT_EQ(box.client->get(s("/api/v1/mutes")).jsonArray().size(), 1);

    faultThePort();
    QJsonObject fault;
    for (const QJsonValue v : box.events())
        if (v.toObject().value(s("kind")).toString() == s("port")
            && v.toObject().value(s("to")).toString() == s("fault"))
            fault = v.toObject();
    EXPECT_TRUE(fault.value(s("detail")).toObject().value(s("muted")).toBool()) << "the mailer skips muted targets";

    EXPECT_EQ(box.client->del(s("/api/v1/mutes/%1").arg(muteId)).status, 204);
    EXPECT_EQ(box.client->del(s("/api/v1/mutes/%1").arg(muteId)).status, 404);
    EXPECT_TRUE(box.device(device).value(s("mutedUntil")).isNull());

    // A whole box, until a given time.
    const QString until = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate);
    r = box.client->post(s("/api/v1/mutes"), {{s("kind"), s("box")}, {s("until"), until}});
    ASSERT_EQ(r.status, 201);
    EXPECT_TRUE(box.device(device).value(s("mutedUntil")).isString());
}

TEST_F(MonitorApi, MuteBadInput)
{
    const auto post = [&](const QJsonObject &body) { return box.client->post(s("/api/v1/mutes"), body); };
    EXPECT_EQ(post({{s("kind"), s("planet")}, {s("id"), 1}, {s("minutes"), 5}}).errorField(), s("kind"));
    EXPECT_EQ(post({{s("kind"), s("device")}, {s("minutes"), 5}}).errorField(), s("id"));
    EXPECT_EQ(post({{s("kind"), s("device")}, {s("id"), device}}).errorField(), s("minutes"));
    EXPECT_EQ(post({{s("kind"), s("device")}, {s("id"), device}, {s("minutes"), 0}}).errorField(), s("minutes"));
    EXPECT_EQ(post({{s("kind"), s("device")}, {s("id"), device}, {s("until"), s("tomorrow")}}).errorField(),
              s("until"));
    EXPECT_EQ(post({{s("kind"), s("device")}, {s("id"), device}, {s("until"), s("2001-01-01T00:00:00Z")}}).errorField(),
              s("until"));
    EXPECT_EQ(post({{s("kind"), s("device")}, {s("id"), 999999}, {s("minutes"), 5}}).status, 404);
    EXPECT_EQ(post({{s("kind"), s("port")}, {s("id"), 999999}, {s("minutes"), 5}}).status, 404);
    EXPECT_EQ(box.client->del(s("/api/v1/mutes/abc")).status, 404);
    EXPECT_EQ(box.client->get(s("/api/v1/mutes")).jsonArray().size(), 0) << "nothing was stored";
}

TEST_F(MonitorApi, MetricsInThePrometheusFormat)
{
    faultThePort();
    HttpsClient anonymous(box.box.apiUrl(), box.box.fingerprint());
    EXPECT_EQ(anonymous.get(s("/metrics")).status, 401);
    anonymous.setToken(s("prometheus-reads-this-0123456789-wrong"));
    EXPECT_EQ(anonymous.get(s("/metrics")).status, 401);
    anonymous.setToken(s("prometheus-reads-this-0123456789"));
    const HttpReply byToken = anonymous.get(s("/metrics"));
    ASSERT_EQ(byToken.status, 200);
    const HttpReply r = box.client->get(s("/metrics"));
    ASSERT_EQ(r.status, 200);
    EXPECT_TRUE(r.header("Content-Type").startsWith("text/plain"));

    // Parse it: every line is a comment or `name{labels} value`, every sample's family is typed.
    static const QRegularExpression sample(QStringLiteral(
        R"(^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{([a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*\})? (-?[0-9.eE+-]+|NaN|[+-]Inf)$)"));
    QSet<QString> typed;
    QHash<QString, double> values;
    for (const QByteArray &raw : r.body.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty())
            continue;
        if (line.startsWith(s("# TYPE "))) {
            typed.insert(line.section(QLatin1Char(' '), 2, 2));
            continue;
        }
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const auto m = sample.match(line);
        ASSERT_TRUE(m.hasMatch()) << qPrintable(line);
        EXPECT_TRUE(typed.contains(m.captured(1))) << qPrintable(line);
        values.insert(line.section(QLatin1Char(' '), 0, -2), line.section(QLatin1Char(' '), -1).toDouble());
    }
    bool portSeen = false;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        if (it.key().startsWith(s("mente_port_state{id=\"%1\"").arg(port))) {
            portSeen = true;
            EXPECT_EQ(it.value(), 2.0) << "fault";
        }
    EXPECT_TRUE(portSeen);
    EXPECT_EQ(values.value(s("mente_box_device_state")), 2.0);
    EXPECT_GE(values.value(s("mente_events_total")), 2.0);
    EXPECT_TRUE(values.contains(s("mente_outbox_length")));
    EXPECT_TRUE(values.contains(s("mente_discovery_runs_total")));
    EXPECT_TRUE(values.contains(s("mente_monitor_lateness_p99_seconds")));
    EXPECT_TRUE(values.contains(s("mente_check_last_timestamp_seconds{kind=\"port\",id=\"%1\"}").arg(port)));
}

TEST(MonitorVpn, VpnStateFollowsTheInterface)
{
    const QString name = s("mvpn%1").arg(::getpid() % 100000);
    const QString peer = name + s("p");
    NetNamespace::run({s("ip"), s("link"), s("del"), name});
    ASSERT_TRUE(
        NetNamespace::run({s("ip"), s("link"), s("add"), name, s("type"), s("veth"), s("peer"), s("name"), peer}));
    struct Cleanup
    {
        QString name;
        ~Cleanup() { NetNamespace::run({QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("del"), name}); }
    } cleanup{name};
    MonitoredBox box;
    ASSERT_TRUE(box.start(s("\n[vpn]\ninterface=%1\ncheck_s=1\n").arg(name))) << qPrintable(box.box.output());
    auto vpnState = [&] { return box.client->get(s("/api/v1/status")).json().value(s("vpnState")).toString(); };
    ASSERT_TRUE(waitFor([&] { return vpnState() == s("fault"); }, 5000)) << "down at start";
    ASSERT_TRUE(NetNamespace::run({s("ip"), s("link"), s("set"), peer, s("up")}));
    ASSERT_TRUE(NetNamespace::run({s("ip"), s("link"), s("set"), name, s("up")}));
    ASSERT_TRUE(waitFor([&] { return vpnState() == s("ok"); }, 5000));
    // Maintenance of the whole box: the VPN going down is still recorded, marked muted.
    ASSERT_EQ(box.client->post(s("/api/v1/mutes"), {{s("kind"), s("box")}, {s("minutes"), 10}}).status, 201);
    ASSERT_TRUE(NetNamespace::run({s("ip"), s("link"), s("set"), name, s("down")}));
    ASSERT_TRUE(waitFor([&] { return vpnState() == s("fault"); }, 5000));
    QStringList changes;
    QJsonObject last;
    for (const QJsonValue v : box.events())
        if (v.toObject().value(s("kind")).toString() == s("vpn")) {
            changes << v.toObject().value(s("to")).toString();
            last = v.toObject();
        }
    EXPECT_EQ(changes, (QStringList{s("fault"), s("ok"), s("fault")}));
    EXPECT_TRUE(last.value(s("detail")).toObject().value(s("muted")).toBool());
}

TEST(MonitorVpn, NoVpnConfiguredStaysUnknown)
{
    MonitoredBox box;
    ASSERT_TRUE(box.start()) << qPrintable(box.box.output());
    QThread::msleep(1500);
    EXPECT_EQ(box.client->get(s("/api/v1/status")).json().value(s("vpnState")).toString(), s("unknown"));
}

TEST(MonitorVpn, VpnStateFromVpncmd)
{
    // vpncmd is SoftEther's; this stand-in prints what vpncmd prints, from a file the test edits.
    QTemporaryDir dir;
    const QString status = dir.filePath(s("status"));
    const QString vpncmd = dir.filePath(s("vpncmd"));
    QFile script(vpncmd);
    ASSERT_TRUE(script.open(QIODevice::WriteOnly));
    script.write(QStringLiteral("#!/bin/sh\n[ \"$5\" = \"office\" ] || exit 3\necho 'Item |Value'\n"
                                "echo \"Session Status |$(cat %1)\"\n")
                     .arg(status)
                     .toUtf8());
    script.close();
    script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto setStatus = [&](const char *text) {
        QFile f(status);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    };
    setStatus("Connection Completed (Session Established)");
    MonitoredBox box;
    ASSERT_TRUE(box.start(s("\n[vpn]\nvpncmd=%1\naccount=office\ncheck_s=1\n").arg(vpncmd)))
        << qPrintable(box.box.output());
    auto vpnState = [&] { return box.client->get(s("/api/v1/status")).json().value(s("vpnState")).toString(); };
    ASSERT_TRUE(waitFor([&] { return vpnState() == s("ok"); }, 5000));
    setStatus("Retrying");
    ASSERT_TRUE(waitFor([&] { return vpnState() == s("fault"); }, 5000));
}
