// SPDX-License-Identifier: GPL-3.0-or-later
// LAN discovery through the real mente-box over the lab's subnet ([lan] cidrs): ICMP sweep
// (the box runs as root: raw socket), the TCP sweep when ICMP is off, the neighbour table (the
// dropping host is found by ARP alone), MAC vendors from the real ieee-data list, and a device
// that stops answering marked gone, not deleted.
#include "ScanLab.h"
#include "support/BoxProcess.h"
#include "support/HttpsClient.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QThread>

#include <gtest/gtest.h>
#include <memory>

namespace mente::test {

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

class DiscoveryApiTest : public ::testing::Test
{
protected:
    void startBox(const QString &icmp)
    {
        ASSERT_TRUE(ScanLab::ready()) << ScanLab::error().toStdString();
        box.setConfig(QStringLiteral("[lan]\ncidrs=%1\n[discovery]\nat_start=false\ninterval_h=0\nreverse_dns=false\n"
                                     "gone_after=1\ntimeout_ms=500\nrate_pps=500\nicmp=%2\n")
                          .arg(ScanLab::value(s("LAB_SMALL_SUBNET")), icmp));
        ASSERT_TRUE(box.start()) << box.output().toStdString();
        api = std::make_unique<HttpsClient>(box.apiUrl(), box.fingerprint());
        ASSERT_EQ(api->login(s("admin"), s("admin")).status, 200);
        ASSERT_EQ(
            api->post(s("/api/v1/session/password"), {{s("current"), s("admin")}, {s("new"), s("Scan2026lab")}}).status,
            204);
    }

    void TearDown() override
    {
        api.reset();
        EXPECT_TRUE(box.stop()) << box.output().toStdString();
    }

    QJsonObject runDiscovery()
    {
        const HttpReply started = api->post(s("/api/v1/discovery"), {});
        EXPECT_EQ(started.status, 202) << started.body.toStdString();
        EXPECT_EQ(started.json().value(s("state")).toString(), s("running"));
        EXPECT_EQ(api->post(s("/api/v1/discovery"), {}).status, 409); // one sweep at a time
        QDeadlineTimer deadline(30000);
        QJsonObject run;
        while (!deadline.hasExpired()) {
            run = api->get(s("/api/v1/discovery")).json();
            EXPECT_TRUE(run.contains(s("percent")));
            EXPECT_TRUE(run.contains(s("hostsTotal")));
            if (run.value(s("state")).toString() != s("running"))
                break;
            QThread::msleep(100);
        }
        EXPECT_EQ(run.value(s("state")).toString(), s("done")) << QJsonDocument(run).toJson().toStdString();
        EXPECT_EQ(run.value(s("percent")).toInt(), 100);
        return run;
    }

    QJsonObject deviceByIp(const QString &ip)
    {
        for (const QJsonValue &v : api->get(s("/api/v1/devices")).jsonArray())
            if (v.toObject().value(s("ip")).toString() == ip)
                return v.toObject();
        return {};
    }

    BoxProcess box;
    std::unique_ptr<HttpsClient> api;
};

} // namespace

TEST_F(DiscoveryApiTest, IcmpSweepFindsTheLabHostsWithVendorAndMarksTheMissingOneGone)
{
    startBox(s("auto"));
    EXPECT_EQ(api->get(s("/api/v1/discovery")).json().value(s("state")).toString(), s("never"));
    // A device added by hand at an address where nothing lives.
    const QString absent = ScanLab::value(s("LAB_SUBNET")).section(QLatin1Char('.'), 0, 2) + s(".5");
    ASSERT_EQ(api->post(s("/api/v1/devices"), {{s("ip"), absent}}).status, 201);

    const QJsonObject run = runDiscovery();
    const QJsonArray methods = run.value(s("methods")).toArray();
    EXPECT_TRUE(methods.contains(s("neighbour")));
    EXPECT_TRUE(methods.contains(s("icmp-raw")) || methods.contains(s("icmp-datagram")))
        << QJsonDocument(run).toJson().toStdString();
    EXPECT_EQ(run.value(s("cidrs")).toArray().first().toString(), ScanLab::value(s("LAB_SMALL_SUBNET")));
    EXPECT_EQ(run.value(s("hostsTotal")).toInt(), 5); // .1-.6 less the box's own .1
    EXPECT_EQ(run.value(s("found")).toInt(), 3);      // .2, .3 and .4
    EXPECT_EQ(run.value(s("new")).toInt(), 3);
    EXPECT_EQ(run.value(s("gone")).toInt(), 1);

    for (const char *key : {"LAB_SERVER_IP", "LAB_DROP_IP", "LAB_HOSTILE_IP"}) { // the dropping host: by ARP alone
        const QJsonObject device = deviceByIp(ScanLab::value(s(key)));
        ASSERT_FALSE(device.isEmpty()) << key;
        EXPECT_EQ(device.value(s("mac")).toString(), ScanLab::value(s("LAB_MAC"))) << key;
        EXPECT_EQ(device.value(s("vendor")).toString(), ScanLab::value(s("LAB_VENDOR"))) << key;
        EXPECT_FALSE(device.value(s("firstSeen")).toString().isEmpty());
        EXPECT_FALSE(device.value(s("lastSeen")).toString().isEmpty());
        EXPECT_FALSE(device.value(s("gone")).toBool());
    }
    const QJsonObject missing = deviceByIp(absent);
    ASSERT_FALSE(missing.isEmpty()); // gone, never deleted
    EXPECT_TRUE(missing.value(s("gone")).toBool());

    // A second sweep finds nothing new and keeps first-seen.
    const QString firstSeen = deviceByIp(ScanLab::value(s("LAB_SERVER_IP"))).value(s("firstSeen")).toString();
    const QJsonObject again = runDiscovery();
    EXPECT_EQ(again.value(s("new")).toInt(), 0);
    EXPECT_EQ(again.value(s("gone")).toInt(), 0); // already gone
    EXPECT_EQ(deviceByIp(ScanLab::value(s("LAB_SERVER_IP"))).value(s("firstSeen")).toString(), firstSeen);
}

TEST_F(DiscoveryApiTest, WithoutIcmpTheBoxSweepsWithTcpAndSaysSo)
{
    startBox(s("off"));
    const QJsonObject run = runDiscovery();
    const QJsonArray methods = run.value(s("methods")).toArray();
    EXPECT_TRUE(methods.contains(s("tcp"))) << QJsonDocument(run).toJson().toStdString();
    EXPECT_FALSE(methods.contains(s("icmp-raw")));
    EXPECT_FALSE(deviceByIp(ScanLab::value(s("LAB_SERVER_IP"))).isEmpty());
    api.reset();
    ASSERT_TRUE(box.stop()); // the whole log is read at the end
    EXPECT_TRUE(box.output().contains(s("uses \"tcp\""))) << box.output().toStdString(); // and the log says it
}

} // namespace mente::test
