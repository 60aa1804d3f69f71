// SPDX-License-Identifier: GPL-3.0-or-later
// The protocol probes judge what a service answered.
#include "monitor/GatewayWatcher.h"
#include "monitor/ServiceProbe.h"
#include "monitor/VpnWatcher.h"

#include <QTemporaryFile>

#include <gtest/gtest.h>

using namespace mente::box;
using Verdict = ServiceProbe::Verdict;

namespace {
Verdict judge(const char *protocol, const QByteArray &received, QString *cause = nullptr)
{
    QString c;
    const Verdict v = ServiceProbe::forProtocol(QString::fromLatin1(protocol))->judge(received, c);
    if (cause)
        *cause = c;
    return v;
}
} // namespace

TEST(Probe, Http)
{
    EXPECT_EQ(judge("HTTP", "HTTP/1.0 200 OK\r\n"), Verdict::Up);
    EXPECT_EQ(judge("http", "HTTP/1.1 404 Not Found\r\n"), Verdict::Up) << "a 404 still proves the server works";
    QString cause;
    EXPECT_EQ(judge("HTTP", "HTTP/1.1 503 Service Unavailable\r\n", &cause), Verdict::Down);
    EXPECT_EQ(cause, QStringLiteral("http 503"));
    EXPECT_EQ(judge("HTTPS", "HTTP/1.1 20"), Verdict::NeedMore);
    EXPECT_EQ(judge("HTTP", "SSH-2.0-OpenSSH\r\n", &cause), Verdict::Down);
    EXPECT_EQ(cause, QStringLiteral("bad http answer"));
    EXPECT_TRUE(ServiceProbe::forProtocol(QStringLiteral("HTTPS"))->tls());
}

TEST(Probe, VncRdpTelnet)
{
    EXPECT_EQ(judge("VNC", "RFB 003.008\n"), Verdict::Up);
    EXPECT_EQ(judge("VNC", "RFB 003"), Verdict::NeedMore);
    EXPECT_EQ(judge("VNC", "HTTP/1.0 200\r\n"), Verdict::Down);
    EXPECT_EQ(judge("RDP", QByteArray::fromHex("0300001306d00000123400")), Verdict::Up);
    EXPECT_EQ(judge("RDP", QByteArray::fromHex("030000130680")), Verdict::Down);
    EXPECT_EQ(judge("TELNET", QByteArray::fromHex("fffd18")), Verdict::Up);
    EXPECT_EQ(judge("TELNET", "login: "), Verdict::Up);
    EXPECT_EQ(judge("TELNET", QByteArray::fromHex("00010203")), Verdict::Down);
    EXPECT_TRUE(ServiceProbe::forProtocol(QStringLiteral("Printer"))->upOnConnect());
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
