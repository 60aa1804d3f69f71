// SPDX-License-Identifier: GPL-3.0-or-later
// The monitor's service-check probes judge what a service answered: the scan's parsers recognise
// the protocol, the monitor decides up/down and names the cause.
#include "monitor/GatewayWatcher.h"
#include "monitor/ProcNetTables.h"
#include "monitor/ServiceProbe.h"
#include "monitor/VpnWatcher.h"
#include "probe/HttpProbe.h"
#include "probe/RdpProbe.h"

#include <QTemporaryFile>

#include <gtest/gtest.h>

using namespace mente::box;
using Verdict = ServiceProbe::Verdict;

namespace {
ServiceProbe probe(const char *protocol)
{
    return ServiceProbe::forProtocol(QString::fromLatin1(protocol));
}

Verdict judge(const char *protocol, const QByteArray &received, QString *cause = nullptr)
{
    QString c;
    const Verdict v = probe(protocol).judge(received, c);
    if (cause)
        *cause = c;
    return v;
}
} // namespace

TEST(Probe, Http)
{
    EXPECT_EQ(judge("HTTP", "HTTP/1.0 200 OK\r\n"), Verdict::Up);
    EXPECT_EQ(judge("http", "HTTP/1.1 404 Not Found\r\n"), Verdict::Up) << "a 404 still proves the server works";
    EXPECT_EQ(judge("HTTP", "HTTP/1.1 499 x\r\n"), Verdict::Up);
    QString cause;
    EXPECT_EQ(judge("HTTP", "HTTP/1.1 503 Service Unavailable\r\n", &cause), Verdict::Down)
        << "a recognised HTTP answer, but the service is not up";
    EXPECT_EQ(cause, QStringLiteral("http 503"));
    EXPECT_EQ(judge("HTTPS", "HTTP/1.1 500\r\n", &cause), Verdict::Down);
    EXPECT_EQ(cause, QStringLiteral("http 500"));
    EXPECT_EQ(judge("HTTPS", "HTTP/1.1 20"), Verdict::NeedMore);
    EXPECT_EQ(judge("HTTP", "SSH-2.0-OpenSSH\r\n", &cause), Verdict::Down);
    EXPECT_EQ(cause, QStringLiteral("bad http answer"));
    EXPECT_EQ(judge("HTTP", "HTTP/1.1 999 Nope\r\n", &cause), Verdict::Down);
    EXPECT_EQ(cause, QStringLiteral("bad http answer"));
    EXPECT_TRUE(probe("HTTPS").tls());
    EXPECT_FALSE(probe("HTTP").tls());
    EXPECT_EQ(probe("HTTPS").method(), QStringLiteral("https"));
    EXPECT_EQ(probe("HTTP").silentCause(), QStringLiteral("no http answer"));
}

TEST(Probe, SendsTheScanProbesRequest)
{
    const QString host = QStringLiteral("10.1.2.3");
    EXPECT_EQ(probe("HTTP").greeting(host), HttpProbe().request(host));
    EXPECT_EQ(probe("HTTPS").greeting(host), HttpProbe(true).request(host));
    EXPECT_EQ(probe("RDP").greeting(host), RdpProbe().request(host));
    EXPECT_TRUE(probe("RDP").greeting(host).startsWith(QByteArray::fromHex("03000013")));
    EXPECT_TRUE(probe("VNC").greeting(host).isEmpty()) << "the RFB server speaks first";
    EXPECT_TRUE(probe("LPR").greeting(host).isEmpty());
}

TEST(Probe, VncRdpTelnet)
{
    QString cause;
    EXPECT_EQ(judge("VNC", "RFB 003.008\n"), Verdict::Up);
    EXPECT_EQ(judge("VNC", "RFB 003"), Verdict::NeedMore);
    EXPECT_EQ(judge("VNC", "HTTP/1.0 200\r\n", &cause), Verdict::Down) << "a wrong banner is down";
    EXPECT_EQ(cause, QStringLiteral("bad banner"));
    EXPECT_EQ(probe("VNC").method(), QStringLiteral("rfb"));
    EXPECT_EQ(probe("VNC").silentCause(), QStringLiteral("no rfb banner"));
    EXPECT_EQ(judge("RDP", QByteArray::fromHex("0300001306d00000123400")), Verdict::Up);
    EXPECT_EQ(judge("RDP", QByteArray::fromHex("030000130680"), &cause), Verdict::Down);
    EXPECT_EQ(cause, QStringLiteral("bad x.224 answer"));
    EXPECT_EQ(probe("RDP").silentCause(), QStringLiteral("no x.224 answer"));
    EXPECT_EQ(judge("TELNET", QByteArray::fromHex("fffd18")), Verdict::Up);
    EXPECT_EQ(judge("TELNET", QByteArray::fromHex("fffd")), Verdict::NeedMore);
    EXPECT_EQ(judge("TELNET", "login: "), Verdict::Up);
    EXPECT_EQ(judge("TELNET", "Welcome\r\n"), Verdict::NeedMore) << "text without a prompt: wait for more";
    EXPECT_EQ(judge("TELNET", QByteArray::fromHex("00010203"), &cause), Verdict::Down);
    EXPECT_EQ(cause, QStringLiteral("bad banner"));
    EXPECT_EQ(judge("TELNET", QByteArray::fromHex("ff0101"), &cause), Verdict::Down);
    EXPECT_EQ(cause, QStringLiteral("bad telnet negotiation"));
    EXPECT_EQ(probe("TELNET").silentCause(), QStringLiteral("no telnet greeting"));
}

TEST(Probe, PlainTcp)
{
    const ServiceProbe tcp = probe("Printer");
    EXPECT_TRUE(tcp.upOnConnect());
    EXPECT_FALSE(probe("HTTP").upOnConnect());
    EXPECT_EQ(tcp.method(), QStringLiteral("tcp"));
    EXPECT_EQ(tcp.silentCause(), QStringLiteral("no answer")) << "silent after connecting";
    EXPECT_EQ(ServiceProbe::forProtocol({}).method(), QStringLiteral("tcp"));
}

TEST(Probe, VpncmdStatus)
{
    EXPECT_TRUE(VpnWatcher::sessionEstablished("Item |Value\n"
                                               "Session Status |Connection Completed (Session Established)\n"));
    EXPECT_FALSE(VpnWatcher::sessionEstablished("Session Status |Retrying\n"));
}

TEST(Probe, DefaultRoute)
{
    QTemporaryFile route;
    ASSERT_TRUE(route.open());
    route.write("Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n"
                "eth0\t000200C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0\n"
                "eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\t0\t0\t0\n");
    route.close();
    const auto r = GatewayWatcher::defaultRoute(route.fileName());
    EXPECT_EQ(r.first, QStringLiteral("192.0.2.1"));
    EXPECT_EQ(r.second, QStringLiteral("eth0"));
}

TEST(Probe, ArpResolvedFromTheTableText)
{
    const QByteArray arp = "IP address       HW type     Flags       HW address            Mask     Device\n"
                           "192.0.2.1        0x1         0x2         02:fc:00:00:00:05     *        eth0\n"
                           "192.0.2.3        0x1         0x0         00:00:00:00:00:00     *        eth0\n";
    EXPECT_TRUE(ProcNetTables::arpResolved(arp, QStringLiteral("192.0.2.1")));
    EXPECT_FALSE(ProcNetTables::arpResolved(arp, QStringLiteral("192.0.2.3"))); // incomplete
    EXPECT_FALSE(ProcNetTables::arpResolved(arp, QStringLiteral("192.0.2.9"))); // absent
    EXPECT_EQ(ProcNetTables::defaultRoute(arp), (QPair<QString, QString>()));   // not a route table
}
