// SPDX-License-Identifier: GPL-3.0-or-later
// The calls with which the box, not the console, decides what "acknowledge this box" and "mute
// this box" mean: POST /box/ack, DELETE /devices|ports/{id}/ack, POST and DELETE /box/mute. Each
// is one call, one audit row and one event; switching monitoring on or off is an event too.
#include "MonitorHarness.h"

#include <QJsonArray>
#include <QTcpServer>

#include <gtest/gtest.h>

using namespace mente::test;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString kReaderToken = QStringLiteral("prometheus-reads-this-0123456789");

class BoxDecides : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(box.start(s("\n[metrics]\ntoken=%1\n").arg(kReaderToken))) << qPrintable(box.box.output());
        device = box.addDevice(s("127.0.0.1"));
        for (QTcpServer &l : listeners) {
            ASSERT_TRUE(l.listen(QHostAddress::LocalHost, 0));
            ports.append(box.addPort(device, l.serverPort(), s("")));
            ASSERT_GT(ports.last(), 0);
        }
    }
    // Both ports monitored, then their listeners closed: two port faults.
    void faultThePorts()
    {
        for (const qint64 port : std::as_const(ports))
            ASSERT_EQ(box.client->patch(s("/api/v1/ports/%1").arg(port), {{s("monitor"), true}}).status, 200);
        ASSERT_TRUE(waitFor([&] { return state(0) == s("ok") && state(1) == s("ok"); }, 5000));
        for (QTcpServer &l : listeners)
            l.close();
        ASSERT_TRUE(waitFor([&] { return state(0) == s("fault") && state(1) == s("fault"); }, 10000));
    }
    QString state(int n) { return box.port(ports.at(n)).value(s("state")).toString(); }
    bool acknowledged(int n) { return box.port(ports.at(n)).value(s("acknowledged")).toBool(); }
    qint64 lastSeq()
    {
        const QJsonArray all = box.events();
        return all.isEmpty() ? 0 : all.last().toObject().value(s("seq")).toInteger();
    }
    // The events of `kind` after `seq`.
    QList<QJsonObject> eventsAfter(qint64 seq, const char *kind)
    {
        QList<QJsonObject> out;
        for (const QJsonValue v : box.events(seq))
            if (v.toObject().value(s("kind")).toString() == s(kind))
                out.append(v.toObject());
        return out;
    }
    // The audit rows with `action`.
    QList<QJsonObject> audited(const char *action)
    {
        QList<QJsonObject> out;
        for (const QJsonValue v : box.client->get(s("/api/v1/audit")).jsonArray())
            if (v.toObject().value(s("action")).toString() == s(action))
                out.append(v.toObject());
        return out;
    }
    // Nobody without an operator's session gets through: no token, or the metrics reader's token.
    void expectRefusedWithoutASession(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        HttpsClient anonymous(box.box.apiUrl(), box.box.fingerprint());
        EXPECT_EQ(anonymous.send(method, path, body).status, 401) << path.toStdString();
        anonymous.setToken(kReaderToken);
        EXPECT_EQ(anonymous.send(method, path, body).status, 401) << path.toStdString();
    }

    MonitoredBox box;
    QTcpServer listeners[2];
    qint64 device = 0;
    QList<qint64> ports;
};
} // namespace

TEST_F(BoxDecides, AcknowledgeEveryCurrentFaultOfTheBoxInOneCall)
{
    expectRefusedWithoutASession("POST", s("/api/v1/box/ack"), "{}");
    HttpReply r = box.client->send("POST", s("/api/v1/box/ack"), "not json");
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.errorCode(), s("json"));
    EXPECT_TRUE(audited("box.ack").isEmpty()) << "refused calls change nothing";

    faultThePorts();
    const qint64 before = lastSeq();
    r = box.client->post(s("/api/v1/box/ack"), {});
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(r.json().value(s("acknowledged")).toInt(), 2);
    QJsonArray acked = r.json().value(s("ports")).toArray();
    EXPECT_EQ(acked.size(), 2);
    EXPECT_TRUE(acked.contains(ports.at(0)) && acked.contains(ports.at(1)));
    EXPECT_TRUE(r.json().value(s("devices")).toArray().isEmpty()) << "127.0.0.1 itself answers";
    EXPECT_TRUE(acknowledged(0));
    EXPECT_TRUE(acknowledged(1));

    const QList<QJsonObject> acks = eventsAfter(before, "ack");
    ASSERT_EQ(acks.size(), 1) << "one event for the lot";
    const QJsonObject detail = acks.first().value(s("detail")).toObject();
    EXPECT_EQ(acks.first().value(s("id")).toInteger(), 0);
    EXPECT_EQ(detail.value(s("target")).toString(), s("box"));
    EXPECT_EQ(detail.value(s("by")).toString(), s("admin"));
    EXPECT_EQ(detail.value(s("ports")).toArray().size(), 2);
    const QList<QJsonObject> rows = audited("box.ack");
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().value(s("login")).toString(), s("admin"));
    EXPECT_EQ(rows.first().value(s("detail")).toString(), s("2"));

    // Nothing left to acknowledge: the answer says so, and it is still on record.
    r = box.client->post(s("/api/v1/box/ack"), {});
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.json().value(s("acknowledged")).toInt(), 0);
    EXPECT_EQ(audited("box.ack").size(), 2);
}

TEST_F(BoxDecides, TakeBackAPortsAcknowledgement)
{
    const QString path = s("/api/v1/ports/%1/ack").arg(ports.at(0));
    expectRefusedWithoutASession("DELETE", path);
    HttpReply r = box.client->del(path);
    EXPECT_EQ(r.status, 409) << "nothing acknowledged yet";
    EXPECT_EQ(r.errorField(), s("acknowledged"));
    EXPECT_EQ(box.client->del(s("/api/v1/ports/999999/ack")).status, 404);
    EXPECT_EQ(box.client->del(s("/api/v1/ports/abc/ack")).status, 404);

    faultThePorts();
    ASSERT_EQ(box.client->post(path, {}).status, 200);
    ASSERT_TRUE(acknowledged(0));
    const qint64 before = lastSeq();
    r = box.client->del(path);
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(r.json().value(s("kind")).toString(), s("port"));
    EXPECT_EQ(r.json().value(s("id")).toInteger(), ports.at(0));
    EXPECT_FALSE(r.json().value(s("acknowledged")).toBool(true));
    EXPECT_FALSE(acknowledged(0));
    EXPECT_EQ(state(0), s("fault")) << "the fault itself stays";

    const QList<QJsonObject> acks = eventsAfter(before, "ack");
    ASSERT_EQ(acks.size(), 1);
    EXPECT_EQ(acks.first().value(s("id")).toInteger(), ports.at(0));
    EXPECT_EQ(acks.first().value(s("cause")).toString(), s("unacknowledged"));
    EXPECT_FALSE(acks.first().value(s("detail")).toObject().value(s("acknowledged")).toBool(true));
    const QList<QJsonObject> rows = audited("port.unack");
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().value(s("target")).toString(), QString::number(ports.at(0)));
    EXPECT_EQ(box.client->del(path).status, 409) << "taken back already";
}

TEST_F(BoxDecides, TakeBackADevicesAcknowledgement)
{
    NetNamespace ns(7);
    ASSERT_TRUE(ns.ok());
    const qint64 id = box.addDevice(ns.nsIp());
    ASSERT_GT(id, 0);
    const QString path = s("/api/v1/devices/%1/ack").arg(id);
    expectRefusedWithoutASession("DELETE", path);
    EXPECT_EQ(box.client->del(s("/api/v1/devices/999999/ack")).status, 404);
    EXPECT_EQ(box.client->del(path).errorField(), s("acknowledged"));
    ASSERT_EQ(box.client->patch(s("/api/v1/devices/%1").arg(id), {{s("monitor"), true}}).status, 200);
    const auto deviceState = [&] { return box.device(id).value(s("state")).toString(); };
    ASSERT_TRUE(waitFor([&] { return deviceState() == s("ok"); }, 5000));
    ASSERT_TRUE(ns.setLinkUp(false));
    ASSERT_TRUE(waitFor([&] { return deviceState() == s("fault"); }, 10000));

    // The whole box's acknowledgement covers the device too; taking the device's back leaves the ports.
    HttpReply r = box.client->post(s("/api/v1/box/ack"), {});
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.json().value(s("devices")).toArray(), QJsonArray{id});
    const qint64 before = lastSeq();
    r = box.client->del(path);
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(r.json().value(s("kind")).toString(), s("device"));
    EXPECT_FALSE(box.device(id).value(s("acknowledged")).toBool(true));
    const QList<QJsonObject> acks = eventsAfter(before, "ack");
    ASSERT_EQ(acks.size(), 1);
    EXPECT_EQ(acks.first().value(s("detail")).toObject().value(s("target")).toString(), s("device"));
    EXPECT_EQ(audited("device.unack").size(), 1);
}

TEST_F(BoxDecides, MuteTheWholeBoxReplacesItsMuteAndUnmuteEndsIt)
{
    expectRefusedWithoutASession("POST", s("/api/v1/box/mute"), R"({"minutes":30})");
    expectRefusedWithoutASession("DELETE", s("/api/v1/box/mute"));
    // A single device's maintenance window is not the box's: it stays through both calls.
    ASSERT_EQ(
        box.client->post(s("/api/v1/mutes"), {{s("kind"), s("device")}, {s("id"), device}, {s("minutes"), 90}}).status,
        201);

    qint64 before = lastSeq();
    HttpReply r = box.client->post(s("/api/v1/box/mute"), {{s("minutes"), 30}, {s("reason"), s("工事")}});
    ASSERT_EQ(r.status, 201) << r.body.toStdString();
    const QJsonObject first = r.json().value(s("mute")).toObject();
    EXPECT_EQ(first.value(s("kind")).toString(), s("box"));
    EXPECT_EQ(first.value(s("reason")).toString(), s("工事"));
    EXPECT_EQ(first.value(s("createdBy")).toString(), s("admin"));
    EXPECT_TRUE(r.json().value(s("replaced")).toArray().isEmpty());
    QList<QJsonObject> mutes = eventsAfter(before, "mute");
    ASSERT_EQ(mutes.size(), 1);
    EXPECT_EQ(mutes.first().value(s("to")).toString(), s("muted"));
    EXPECT_EQ(mutes.first().value(s("id")).toInteger(), first.value(s("id")).toInteger());

    before = lastSeq();
    r = box.client->post(s("/api/v1/box/mute"), {{s("minutes"), 60}});
    ASSERT_EQ(r.status, 201);
    const qint64 second = r.json().value(s("mute")).toObject().value(s("id")).toInteger();
    EXPECT_EQ(r.json().value(s("replaced")).toArray(), QJsonArray{first.value(s("id"))});
    mutes = eventsAfter(before, "mute");
    ASSERT_EQ(mutes.size(), 1) << "one event, naming the mute it replaced";
    EXPECT_EQ(mutes.first().value(s("detail")).toObject().value(s("replaced")).toArray(),
              QJsonArray{first.value(s("id"))});
    QJsonArray running = box.client->get(s("/api/v1/mutes")).jsonArray();
    ASSERT_EQ(running.size(), 2) << "the device's and the box's new one";
    EXPECT_TRUE(box.port(ports.at(0)).value(s("mutedUntil")).isString());

    before = lastSeq();
    r = box.client->del(s("/api/v1/box/mute"));
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(r.json().value(s("removed")).toArray(), QJsonArray{second});
    mutes = eventsAfter(before, "mute");
    ASSERT_EQ(mutes.size(), 1);
    EXPECT_EQ(mutes.first().value(s("to")).toString(), s("unmuted"));
    EXPECT_EQ(mutes.first().value(s("detail")).toObject().value(s("removed")).toArray(), QJsonArray{second});
    running = box.client->get(s("/api/v1/mutes")).jsonArray();
    ASSERT_EQ(running.size(), 1);
    EXPECT_EQ(running.first().toObject().value(s("kind")).toString(), s("device"));
    EXPECT_EQ(audited("box.mute").size(), 2);
    EXPECT_EQ(audited("box.unmute").size(), 1);

    r = box.client->del(s("/api/v1/box/mute"));
    ASSERT_EQ(r.status, 200) << "not muted: nothing to end, and that is fine";
    EXPECT_TRUE(r.json().value(s("removed")).toArray().isEmpty());
}

TEST_F(BoxDecides, BoxMuteBadInputNamesTheFieldAndChangesNothing)
{
    const auto post = [&](const QJsonObject &body) { return box.client->post(s("/api/v1/box/mute"), body); };
    EXPECT_EQ(post({}).errorField(), s("minutes"));
    EXPECT_EQ(post({{s("minutes"), 0}}).errorField(), s("minutes"));
    EXPECT_EQ(post({{s("minutes"), s("soon")}}).errorField(), s("minutes"));
    EXPECT_EQ(post({{s("until"), s("tomorrow")}}).errorField(), s("until"));
    EXPECT_EQ(post({{s("until"), s("2001-01-01T00:00:00Z")}}).errorField(), s("until"));
    EXPECT_EQ(post({{s("kind"), s("device")}, {s("minutes"), 5}}).errorField(), s("kind"));
    EXPECT_EQ(post({{s("id"), device}, {s("minutes"), 5}}).errorField(), s("id"));
    const HttpReply r = box.client->send("POST", s("/api/v1/box/mute"), "[1,2]");
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.errorCode(), s("json"));
    EXPECT_TRUE(box.client->get(s("/api/v1/mutes")).jsonArray().isEmpty()) << "nothing was stored";
    EXPECT_TRUE(audited("box.mute").isEmpty());
}

TEST_F(BoxDecides, SwitchingMonitoringOnAndOffIsAnEvent)
{
    const qint64 port = ports.at(0);
    faultThePorts();
    const qint64 before = lastSeq();
    ASSERT_EQ(box.client->patch(s("/api/v1/ports/%1").arg(port), {{s("monitor"), false}}).status, 200);
    EXPECT_EQ(state(0), s("unknown")) << "not monitored shows \"--\"";
    ASSERT_EQ(box.client->patch(s("/api/v1/ports/%1").arg(port), {{s("monitor"), true}}).status, 200);
    const QList<QJsonObject> switches = eventsAfter(before, "monitor");
    ASSERT_EQ(switches.size(), 2);
    EXPECT_EQ(switches.at(0).value(s("id")).toInteger(), port);
    EXPECT_EQ(switches.at(0).value(s("from")).toString(), s("on"));
    EXPECT_EQ(switches.at(0).value(s("to")).toString(), s("off"));
    const QJsonObject detail = switches.at(0).value(s("detail")).toObject();
    EXPECT_EQ(detail.value(s("target")).toString(), s("port"));
    EXPECT_EQ(detail.value(s("by")).toString(), s("admin"));
    EXPECT_EQ(detail.value(s("state")).toString(), s("fault")) << "the state it had, reset by switching off";
    EXPECT_EQ(switches.at(1).value(s("to")).toString(), s("on"));
    EXPECT_EQ(box.client->patch(s("/api/v1/ports/%1").arg(port), {{s("monitor"), true}}).status, 200);
    EXPECT_EQ(eventsAfter(before, "monitor").size(), 2) << "no switch, no event";
}
