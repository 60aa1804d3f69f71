// SPDX-License-Identifier: GPL-3.0-or-later
// F7: a port's check speaks its protocol; real servers are stopped and started to drive fault
// and recovery, and every change is an event.
#include "MonitorHarness.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <gtest/gtest.h>

using namespace mente::test;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

bool stateIs(MonitoredBox &b, qint64 portId, const char *state)
{
    return b.port(portId).value(s("state")).toString() == QLatin1String(state);
}

// The port events of one target, in order: "unknown>ok", "ok>fault", ...
QStringList transitions(MonitoredBox &b, const char *kind, qint64 id)
{
    QStringList list;
    for (const QJsonValue v : b.events()) {
        const QJsonObject e = v.toObject();
        if (e.value(s("kind")).toString() == QLatin1String(kind) && e.value(s("id")).toInteger() == id)
            list << e.value(s("from")).toString() + QLatin1Char('>') + e.value(s("to")).toString();
    }
    return list;
}

QJsonObject lastEvent(MonitoredBox &b, const char *kind, qint64 id)
{
    QJsonObject last;
    for (const QJsonValue v : b.events())
        if (v.toObject().value(s("kind")).toString() == QLatin1String(kind)
            && v.toObject().value(s("id")).toInteger() == id)
            last = v.toObject();
    return last;
}

// A small server that greets every client with fixed bytes (a VNC or telnet service).
class GreetingServer : public QTcpServer
{
public:
    explicit GreetingServer(QByteArray greeting) : m_greeting(std::move(greeting))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *c = nextPendingConnection()) {
                c->write(m_greeting);
                connect(c, &QTcpSocket::disconnected, c, &QObject::deleteLater);
            }
        });
    }

private:
    QByteArray m_greeting;
};

class MonitorChecks : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(box.start()) << qPrintable(box.box.output()); }
    void TearDown() override
    {
        if (HasFailure())
            std::fprintf(stderr, "%s\n", qPrintable(box.box.output()));
    }
    qint64 monitorPort(int port, const QString &protocol)
    {
        if (!device)
            device = box.addDevice(s("127.0.0.1"));
        const qint64 id = box.addPort(device, port, protocol);
        EXPECT_GT(id, 0);
        EXPECT_EQ(box.client->patch(s("/api/v1/ports/%1").arg(id), {{s("monitor"), true}}).status, 200);
        return id;
    }
    MonitoredBox box;
    qint64 device = 0;
};
} // namespace

TEST_F(MonitorChecks, HttpServerStoppedIsFaultAndStartedIsOkAgain)
{
    const int port = freePort();
    ServerProcess http;
    ASSERT_TRUE(http.start(s("python3"),
                           {s("-m"), s("http.server"), QString::number(port), s("--bind"), s("127.0.0.1")}, port));
    QElapsedTimer switched;
    switched.start();
    const qint64 id = monitorPort(port, s("HTTP"));
    ASSERT_TRUE(waitFor([&] { return stateIs(box, id, "ok"); }, 5000)) << "the first result comes within 5 s";
    EXPECT_LT(switched.elapsed(), 5000);
    const QJsonObject p = box.port(id);
    EXPECT_EQ(p.value(s("checkMethod")).toString(), s("http"));
    EXPECT_TRUE(p.value(s("lastCheck")).isString());
    EXPECT_GE(p.value(s("latencyMs")).toInt(-1), 0);

    http.stop();
    ASSERT_TRUE(waitFor([&] { return stateIs(box, id, "fault"); }, 10000));
    EXPECT_EQ(lastEvent(box, "port", id).value(s("cause")).toString(), s("refused"));
    EXPECT_EQ(box.client->get(s("/api/v1/status")).json().value(s("deviceState")).toString(), s("fault"));

    ASSERT_TRUE(http.start(s("python3"),
                           {s("-m"), s("http.server"), QString::number(port), s("--bind"), s("127.0.0.1")}, port));
    ASSERT_TRUE(waitFor([&] { return stateIs(box, id, "ok"); }, 10000));
    EXPECT_EQ(transitions(box, "port", id), (QStringList{s("unknown>ok"), s("ok>fault"), s("fault>ok")}));
    EXPECT_EQ(box.client->get(s("/api/v1/status")).json().value(s("deviceState")).toString(), s("ok"));
}

TEST_F(MonitorChecks, Http503IsFaultWithItsStatus)
{
    const int port = freePort();
    const QString script = s("import http.server as h\n"
                             "class H(h.BaseHTTPRequestHandler):\n"
                             "    def do_GET(self): self.send_error(503)\n"
                             "h.HTTPServer(('127.0.0.1', %1), H).serve_forever()\n")
                               .arg(port);
    ServerProcess http;
    ASSERT_TRUE(http.start(s("python3"), {s("-c"), script}, port));
    const qint64 id = monitorPort(port, s("HTTP"));
    ASSERT_TRUE(waitFor([&] { return stateIs(box, id, "fault"); }, 10000));
    EXPECT_EQ(lastEvent(box, "port", id).value(s("cause")).toString(), s("http 503"));
}

TEST_F(MonitorChecks, HttpsWithASelfSignedCertificateIsOk)
{
    // The box's own API: HTTPS with a self-signed certificate, 404 at "/" (still a working server).
    const int port = QUrl(box.box.apiUrl()).port();
    const qint64 id = monitorPort(port, s("HTTPS"));
    ASSERT_TRUE(waitFor([&] { return stateIs(box, id, "ok"); }, 5000));
    EXPECT_EQ(box.port(id).value(s("checkMethod")).toString(), s("https"));
    // A TLS server waits for the client: as a VNC server (which speaks first) it is silent.
    ASSERT_EQ(box.client->patch(s("/api/v1/ports/%1").arg(id), {{s("protocol"), s("VNC")}}).status, 200);
    ASSERT_TRUE(waitFor([&] { return stateIs(box, id, "fault"); }, 10000));
    EXPECT_EQ(lastEvent(box, "port", id).value(s("cause")).toString(), s("no rfb banner"));
}

TEST_F(MonitorChecks, SshNeedsBannerAndKeyExchange)
{
    const int port = freePort();
    SshServer sshd;
    ASSERT_TRUE(sshd.start(port));
    const qint64 id = monitorPort(port, s("SSH"));
    ASSERT_TRUE(waitFor([&] { return stateIs(box, id, "ok"); }, 5000));
    EXPECT_EQ(box.port(id).value(s("checkMethod")).toString(), s("ssh"));
    sshd.stop();
    ASSERT_TRUE(waitFor([&] { return stateIs(box, id, "fault"); }, 10000));
    EXPECT_EQ(lastEvent(box, "port", id).value(s("cause")).toString(), s("refused"));
    ASSERT_TRUE(sshd.start(port));
    ASSERT_TRUE(waitFor([&] { return stateIs(box, id, "ok"); }, 10000));
}

TEST_F(MonitorChecks, HungSshdThatAcceptsButNeverSpeaksIsDown)
{
    QTcpServer hung; // accepts TCP (the kernel does) and never says a word
    ASSERT_TRUE(hung.listen(QHostAddress::LocalHost, 0));
    const qint64 id = monitorPort(hung.serverPort(), s("SSH"));
    ASSERT_TRUE(waitFor([&] { return stateIs(box, id, "fault"); }, 10000));
    EXPECT_TRUE(lastEvent(box, "port", id).value(s("cause")).toString().startsWith(s("timeout")))
        << qPrintable(lastEvent(box, "port", id).value(s("cause")).toString());
}

TEST_F(MonitorChecks, VncTelnetAndPlainTcp)
{
    GreetingServer vnc("RFB 003.008\n");
    GreetingServer telnet(QByteArray::fromHex("fffd18fffd20fffd23fffd27"));
    GreetingServer liar("HTTP/1.0 200 OK\r\n\r\n");
    // An RDP server answers the box's X.224 Connection Request with a Connection Confirm (0xD0).
    GreetingServer rdp(QByteArray::fromHex("0300001306d000001234000201080001000000"));
    QTcpServer plain;
    ASSERT_TRUE(vnc.listen(QHostAddress::LocalHost, 0));
    ASSERT_TRUE(telnet.listen(QHostAddress::LocalHost, 0));
    ASSERT_TRUE(liar.listen(QHostAddress::LocalHost, 0));
    ASSERT_TRUE(plain.listen(QHostAddress::LocalHost, 0));
    ASSERT_TRUE(rdp.listen(QHostAddress::LocalHost, 0));
    const qint64 rdpId = monitorPort(rdp.serverPort(), s("RDP"));
    const qint64 vncId = monitorPort(vnc.serverPort(), s("VNC"));
    const qint64 telnetId = monitorPort(telnet.serverPort(), s("TELNET"));
    const qint64 liarId = monitorPort(liar.serverPort(), s("VNC"));
    const qint64 tcpId = monitorPort(plain.serverPort(), s("LPR"));
    ASSERT_TRUE(waitFor(
        [&] {
            return stateIs(box, vncId, "ok") && stateIs(box, telnetId, "ok") && stateIs(box, tcpId, "ok")
                   && stateIs(box, rdpId, "ok");
        },
        5000));
    EXPECT_EQ(box.port(rdpId).value(s("checkMethod")).toString(), s("rdp"));
    ASSERT_TRUE(waitFor([&] { return stateIs(box, liarId, "fault"); }, 10000));
    EXPECT_EQ(lastEvent(box, "port", liarId).value(s("cause")).toString(), s("bad banner"));
    EXPECT_EQ(box.port(tcpId).value(s("checkMethod")).toString(), s("tcp:%1").arg(plain.serverPort()));
    plain.close();
    ASSERT_TRUE(waitFor([&] { return stateIs(box, tcpId, "fault"); }, 10000));
}

TEST_F(MonitorChecks, SwitchingOffForgetsTheState)
{
    QTcpServer plain;
    ASSERT_TRUE(plain.listen(QHostAddress::LocalHost, 0));
    const qint64 id = monitorPort(plain.serverPort(), s(""));
    ASSERT_TRUE(waitFor([&] { return stateIs(box, id, "ok"); }, 5000));
    ASSERT_EQ(box.client->patch(s("/api/v1/ports/%1").arg(id), {{s("monitor"), false}}).status, 200);
    EXPECT_EQ(box.port(id).value(s("state")).toString(), s("unknown"));
    plain.close();
    QThread::msleep(2500);
    EXPECT_EQ(box.port(id).value(s("state")).toString(), s("unknown")) << "no longer checked";
}

TEST(MonitorFlapping, AFlappingServiceIsOneFaultAndOneEvent)
{
    MonitoredBox box;
    ASSERT_TRUE(box.start({}, s("flap_changes=2\nflap_minutes=1\n"))) << qPrintable(box.box.output());
    QTcpServer flaky;
    ASSERT_TRUE(flaky.listen(QHostAddress::LocalHost, 0));
    const quint16 number = flaky.serverPort();
    const qint64 device = box.addDevice(s("127.0.0.1"));
    const qint64 id = box.addPort(device, number, QString());
    ASSERT_EQ(box.client->patch(s("/api/v1/ports/%1").arg(id), {{s("monitor"), true}, {s("retries"), 1}}).status, 200);
    ASSERT_TRUE(waitFor([&] { return stateIs(box, id, "ok"); }, 5000));
    // The service comes and goes every 1.5 s for 12 s: 8 changes, far more than 2 a minute.
    for (int i = 0; i < 8; ++i) {
        if (flaky.isListening())
            flaky.close();
        else
            ASSERT_TRUE(flaky.listen(QHostAddress::LocalHost, number));
        waitFor([] { return false; }, 1500);
    }
    int flappingEvents = 0;
    int after = 0;
    for (const QJsonValue v : box.events()) {
        const QJsonObject e = v.toObject();
        if (e.value(s("kind")).toString() != s("port") || e.value(s("id")).toInteger() != id)
            continue;
        if (flappingEvents)
            ++after;
        if (e.value(s("cause")).toString() == s("flapping")) {
            ++flappingEvents;
            EXPECT_EQ(e.value(s("to")).toString(), s("fault"));
            EXPECT_TRUE(e.value(s("detail")).toObject().value(s("flapping")).toBool());
        }
    }
    EXPECT_EQ(flappingEvents, 1);
    EXPECT_EQ(after, 0) << "no storm while it flaps";
    const QJsonObject p = box.port(id);
    EXPECT_TRUE(p.value(s("flapping")).toBool());
    EXPECT_EQ(p.value(s("state")).toString(), s("fault"));
}

TEST_F(MonitorChecks, FirstResultWithinSecondsEvenAtALongInterval)
{
    QTcpServer plain;
    ASSERT_TRUE(plain.listen(QHostAddress::LocalHost, 0));
    const qint64 device = box.addDevice(s("127.0.0.1"));
    const qint64 id = box.addPort(device, plain.serverPort(), QString());
    QElapsedTimer switched;
    switched.start();
    ASSERT_EQ(box.client->patch(s("/api/v1/ports/%1").arg(id), {{s("monitor"), true}, {s("intervalS"), 600}}).status,
              200);
    ASSERT_TRUE(waitFor([&] { return stateIs(box, id, "ok"); }, 5000)) << "not spread over the 10-minute interval";
    EXPECT_LT(switched.elapsed(), 5000);
}
