// SPDX-License-Identifier: GPL-3.0-or-later
// The ICMP pinger with both socket kinds. The test process moves into a network namespace of its
// own (it needs root), where net.ipv4.ping_group_range can let root's group use datagram sockets
// without touching the machine's setting.
#include "probe/IcmpPinger.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcess>

#include <gtest/gtest.h>
#include <sched.h>
#include <unistd.h>

using namespace mente::box;

namespace {
bool ownNamespace()
{
    static const bool ready = [] {
        if (::geteuid() != 0 || ::unshare(CLONE_NEWNET) != 0)
            return false;
        QFile range(QStringLiteral("/proc/sys/net/ipv4/ping_group_range"));
        if (!range.open(QIODevice::WriteOnly) || range.write("0 0\n") < 0)
            return false;
        range.close();
        return QProcess::execute(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("set"),
                                                        QStringLiteral("lo"), QStringLiteral("up")})
                   == 0
               && QProcess::execute(QStringLiteral("ip"),
                                    {QStringLiteral("route"), QStringLiteral("add"), QStringLiteral("10.9.9.0/24"),
                                     QStringLiteral("dev"), QStringLiteral("lo")})
                      == 0;
    }();
    return ready;
}

struct Outcome
{
    int rtt = -2;
    QString cause;
};

Outcome pingOnce(IcmpPinger &pinger, const char *address, int timeoutMs)
{
    QObject context;
    Outcome out;
    pinger.ping(QHostAddress(QString::fromLatin1(address)), timeoutMs, &context, [&out](int rtt, const QString &cause) {
        out.rtt = rtt;
        out.cause = cause;
    });
    const QDeadlineTimer deadline(timeoutMs + 2000);
    while (out.rtt == -2 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return out;
}

class IcmpPingerTest : public ::testing::TestWithParam<IcmpPinger::SocketKind>
{
protected:
    void SetUp() override
    {
        if (!ownNamespace())
            GTEST_SKIP() << "needs root to make a network namespace";
    }
};
} // namespace

TEST_P(IcmpPingerTest, AnswersTimeoutsAndUnreachable)
{
    IcmpPinger pinger(GetParam());
    ASSERT_TRUE(pinger.available());
    EXPECT_EQ(pinger.method(),
              GetParam() == IcmpPinger::SocketKind::Raw ? QStringLiteral("icmp-raw") : QStringLiteral("icmp"));
    const Outcome up = pingOnce(pinger, "127.0.0.1", 1000);
    EXPECT_GE(up.rtt, 0) << qPrintable(up.cause);
    const Outcome silent = pingOnce(pinger, "10.9.9.9", 300); // routed into lo, answered by no one
    EXPECT_EQ(silent.rtt, -1);
    EXPECT_EQ(silent.cause, QStringLiteral("timeout"));
    const Outcome nowhere = pingOnce(pinger, "192.0.2.77", 300); // no route at all in this namespace
    EXPECT_EQ(nowhere.rtt, -1);
    EXPECT_EQ(nowhere.cause, QStringLiteral("unreachable"));
}

TEST_P(IcmpPingerTest, ManyAtOnceEachGetsItsOwnAnswer)
{
    IcmpPinger pinger(GetParam());
    QObject context;
    int answered = 0;
    int timedOut = 0;
    for (int i = 0; i < 200; ++i) {
        const bool live = i % 4 != 0;
        pinger.ping(QHostAddress(QString::fromLatin1(live ? "127.0.0.1" : "10.9.9.9")), 500, &context,
                    [&, live](int rtt, const QString &) { (live ? answered : timedOut) += live ? rtt >= 0 : rtt < 0; });
    }
    const QDeadlineTimer deadline(3000);
    while (answered + timedOut < 200 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    EXPECT_EQ(answered, 150);
    EXPECT_EQ(timedOut, 50);
}

TEST(IcmpPinger, NoneIsUnavailable)
{
    IcmpPinger pinger(IcmpPinger::SocketKind::None);
    EXPECT_FALSE(pinger.available());
    EXPECT_TRUE(pinger.method().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Kinds, IcmpPingerTest,
                         ::testing::Values(IcmpPinger::SocketKind::Datagram, IcmpPinger::SocketKind::Raw));
