// SPDX-License-Identifier: GPL-3.0-or-later
// F7 alive checks against hosts in a network namespace the test creates: the link goes down
// and up, 5 % of packets are lost, the box's gateway goes away.
#include "MonitorHarness.h"

#include <QJsonArray>
#include <QThread>

#include <gtest/gtest.h>

using namespace mente::test;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString deviceState(MonitoredBox &b, qint64 id)
{
    return b.device(id).value(s("state")).toString();
}

int count(MonitoredBox &b, const char *kind, qint64 id, const char *to)
{
    int n = 0;
    for (const QJsonValue v : b.events()) {
        const QJsonObject e = v.toObject();
        n += e.value(s("kind")).toString() == QLatin1String(kind) && e.value(s("id")).toInteger() == id
             && e.value(s("to")).toString() == QLatin1String(to);
    }
    return n;
}
} // namespace

TEST(MonitorNamespace, DeviceIsFaultWhileItsLinkIsDown)
{
    NetNamespace ns(1);
    ASSERT_TRUE(ns.ok());
    MonitoredBox box;
    ASSERT_TRUE(box.start()) << qPrintable(box.box.output());
    const qint64 id = box.addDevice(ns.nsIp());
    ASSERT_EQ(box.client->patch(s("/api/v1/devices/%1").arg(id), {{s("monitor"), true}}).status, 200);
    ASSERT_TRUE(waitFor([&] { return deviceState(box, id) == s("ok"); }, 5000));
    const QString method = box.device(id).value(s("checkMethod")).toString();
    EXPECT_TRUE(method.startsWith(s("icmp"))) << qPrintable(method);

    ASSERT_TRUE(ns.setLinkUp(false));
    ASSERT_TRUE(waitFor([&] { return deviceState(box, id) == s("fault"); }, 10000));
    EXPECT_EQ(box.client->get(s("/api/v1/status")).json().value(s("deviceState")).toString(), s("fault"));
    ASSERT_TRUE(ns.setLinkUp(true));
    ASSERT_TRUE(waitFor([&] { return deviceState(box, id) == s("ok"); }, 10000));
    EXPECT_EQ(count(box, "device", id, "fault"), 1);
    EXPECT_EQ(count(box, "device", id, "ok"), 2);
}

TEST(MonitorNamespace, FivePercentPacketLossRaisesNoFalseFault)
{
    NetNamespace ns(2);
    ASSERT_TRUE(ns.ok());
    // netem is not in every kernel; nftables' random drop is: 5 % of the packets reaching the host.
    ASSERT_TRUE(ns.exec({s("nft"), s("add"), s("table"), s("inet"), s("loss")}));
    ASSERT_TRUE(ns.exec(
        {s("nft"), s("add"), s("chain"), s("inet"), s("loss"), s("in"), s("{ type filter hook input priority 0; }")}));
    ASSERT_TRUE(ns.exec({s("nft"), s("add"), s("rule"), s("inet"), s("loss"), s("in"), s("numgen"), s("random"),
                         s("mod"), s("100"), s("<"), s("5"), s("drop")}));
    MonitoredBox box;
    ASSERT_TRUE(box.start()) << qPrintable(box.box.output());
    QList<qint64> ids;
    for (int host = 2; host <= 6; ++host) {
        if (host > 2) {
            ASSERT_TRUE(ns.addAddress(host));
        }
        const qint64 id = box.addDevice(ns.nsIp(host));
        ASSERT_EQ(box.client->patch(s("/api/v1/devices/%1").arg(id), {{s("monitor"), true}}).status, 200);
        ids << id;
    }
    ASSERT_TRUE(waitFor(
        [&] { return std::all_of(ids.begin(), ids.end(), [&](qint64 id) { return deviceState(box, id) == s("ok"); }); },
        5000));
    QThread::msleep(20000); // 5 devices x ~20 checks each
    for (const qint64 id : ids) {
        EXPECT_EQ(deviceState(box, id), s("ok"));
        EXPECT_EQ(count(box, "device", id, "fault"), 0) << "device " << id;
    }
}

TEST(MonitorNamespace, GatewayDownHoldsDeviceFaultsBehindOneBoxFault)
{
    NetNamespace ns(3);
    ASSERT_TRUE(ns.ok());
    ASSERT_TRUE(ns.addAddress(3));
    MonitoredBox box;
    // The namespace's .2 plays the box's gateway; .3 is a device behind it.
    ASSERT_TRUE(box.start({}, s("gateway=%1\ngateway_interval_s=1\n").arg(ns.nsIp(2)))) << qPrintable(box.box.output());
    const qint64 id = box.addDevice(ns.nsIp(3));
    ASSERT_EQ(box.client->patch(s("/api/v1/devices/%1").arg(id), {{s("monitor"), true}, {s("retries"), 4}}).status,
              200);
    ASSERT_TRUE(waitFor([&] { return deviceState(box, id) == s("ok") && count(box, "box", 0, "ok") == 1; }, 8000));

    ASSERT_TRUE(ns.setLinkUp(false));
    ASSERT_TRUE(waitFor([&] { return count(box, "box", 0, "fault") == 1; }, 10000));
    QThread::msleep(4000); // long enough for the device's own retries to run out
    EXPECT_EQ(deviceState(box, id), s("ok")) << "held back behind the box-network fault";
    EXPECT_EQ(count(box, "device", id, "fault"), 0);
    ASSERT_TRUE(ns.setLinkUp(true));
    ASSERT_TRUE(waitFor([&] { return count(box, "box", 0, "ok") == 2; }, 10000));
    EXPECT_EQ(count(box, "device", id, "fault"), 0);
}

TEST(MonitorNamespace, IcmpNotPermittedFallsBackToTcp)
{
    NetNamespace ns(4);
    ASSERT_TRUE(ns.ok());
    MonitoredBox box;
    ASSERT_TRUE(box.start({}, s("icmp=none\n"))) << qPrintable(box.box.output());
    const qint64 id = box.addDevice(ns.nsIp());
    ASSERT_GT(box.addPort(id, 22, s("SSH")), 0); // nothing listens: a refused connect still proves life
    ASSERT_EQ(box.client->patch(s("/api/v1/devices/%1").arg(id), {{s("monitor"), true}}).status, 200);
    ASSERT_TRUE(waitFor([&] { return deviceState(box, id) == s("ok"); }, 5000));
    EXPECT_EQ(box.device(id).value(s("checkMethod")).toString(), s("tcp:22"));
    ASSERT_TRUE(ns.setLinkUp(false));
    ASSERT_TRUE(waitFor([&] { return deviceState(box, id) == s("fault"); }, 10000));
}
