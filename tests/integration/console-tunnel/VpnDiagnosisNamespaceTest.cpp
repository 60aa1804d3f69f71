// SPDX-License-Identifier: GPL-3.0-or-later
// F12 §6: the VPN diagnosis against interfaces and routes this test makes in its own network
// namespace (the machine's own routes are never touched): an adapter named like SoftEther's,
// missing, down, without an address, overlapping another network, out-routed by a lower
// metric, and with the device reached only by a default route through it. (Plain veth pairs stand in
// for other networks: the dummy module is not everywhere.)
#include "launch/VpnDiagnosis.h"

#include <QFile>
#include <QProcess>

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sched.h>
#include <thread>
#include <unistd.h>

namespace mente::test {

using console::VpnDiagnosis;
using Id = VpnDiagnosis::CheckId;

namespace {

class VpnDiagnosisNamespaceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ns = QStringLiteral("mvpn-%1").arg(::getpid());
        net = 20 + ::getpid() % 200;
        ip({QStringLiteral("netns"), QStringLiteral("del"), ns}, true);
        ASSERT_TRUE(ip({QStringLiteral("netns"), QStringLiteral("add"), ns}));
    }
    void TearDown() override { ip({QStringLiteral("netns"), QStringLiteral("del"), ns}, true); }

    bool ip(QStringList args, bool quiet = false)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("ip"), args);
        const bool ok = p.waitForFinished(10000) && p.exitCode() == 0;
        if (!ok && !quiet)
            ADD_FAILURE() << "ip " << args.join(QLatin1Char(' ')).toStdString() << ": " << p.readAll().toStdString();
        return ok;
    }
    bool in(const QString &command)
    {
        return ip(QStringList{QStringLiteral("-n"), ns} + command.split(QLatin1Char(' ')));
    }
    QString sub(int third) const { return QStringLiteral("10.%1.%2").arg(third).arg(net); }

    // The snapshot as a thread inside the namespace sees it.
    console::platform::NetworkSnapshot snapshot()
    {
        console::platform::NetworkSnapshot s;
        std::thread reader([&]() {
            const int fd = ::open(QFile::encodeName(QStringLiteral("/run/netns/") + ns).constData(), O_RDONLY);
            if (fd >= 0 && ::setns(fd, CLONE_NEWNET) == 0)
                s = console::platform::readNetworkSnapshot();
            if (fd >= 0)
                ::close(fd);
        });
        reader.join();
        return s;
    }
    QList<VpnDiagnosis::Check> diagnose(const QString &device)
    {
        return VpnDiagnosis::run(snapshot(), {}, QHostAddress(device));
    }
    static VpnDiagnosis::Check check(const QList<VpnDiagnosis::Check> &checks, Id id)
    {
        for (const auto &c : checks)
            if (c.id == id)
                return c;
        ADD_FAILURE() << "no check " << VpnDiagnosis::checkKey(id).toStdString();
        return {};
    }
    // Only `fault` fails among the checks run; later ones may be skipped.
    static void expectOnlyFault(const QList<VpnDiagnosis::Check> &checks, Id fault)
    {
        EXPECT_FALSE(VpnDiagnosis::usable(checks));
        for (const auto &c : checks) {
            if (c.id == fault) {
                EXPECT_FALSE(c.ok || c.skipped) << c.detail.toStdString();
            } else if (!c.skipped) {
                EXPECT_TRUE(c.ok) << VpnDiagnosis::checkKey(c.id).toStdString() << ": " << c.detail.toStdString();
            }
        }
    }

    QString ns;
    int net = 0;
};

TEST_F(VpnDiagnosisNamespaceTest, WalksFromMissingAdapterToUsable)
{
    const QString device = sub(80) + QStringLiteral(".20");
    expectOnlyFault(diagnose(device), Id::AdapterPresent);
    EXPECT_TRUE(check(diagnose(device), Id::AdapterPresent).detail.contains(QStringLiteral("vpn_vpn")));

    ASSERT_TRUE(in(QStringLiteral("link add vpn_vpn type veth peer name vpnpeer")));
    expectOnlyFault(diagnose(device), Id::AdapterUp);

    ASSERT_TRUE(in(QStringLiteral("link set vpnpeer up")));
    ASSERT_TRUE(in(QStringLiteral("link set vpn_vpn up")));
    expectOnlyFault(diagnose(device), Id::AdapterAddress);

    ASSERT_TRUE(in(QStringLiteral("addr add %1.1/24 dev vpn_vpn").arg(sub(80))));
    const auto good = diagnose(device);
    EXPECT_TRUE(VpnDiagnosis::usable(good));
    for (const auto &c : good)
        EXPECT_TRUE(c.ok) << VpnDiagnosis::checkKey(c.id).toStdString() << ": " << c.detail.toStdString();

    // The operator's own LAN uses the customer's subnet (seed §13): use the tunnel.
    ASSERT_TRUE(in(QStringLiteral("link add lan0 type veth peer name lan0p")));
    ASSERT_TRUE(in(QStringLiteral("addr add %1.5/24 dev lan0").arg(sub(80))));
    ASSERT_TRUE(in(QStringLiteral("link set lan0p up")));
    ASSERT_TRUE(in(QStringLiteral("link set lan0 up")));
    const auto clash = diagnose(device);
    EXPECT_FALSE(check(clash, Id::NoOverlap).ok);
    EXPECT_TRUE(check(clash, Id::NoOverlap).detail.contains(QStringLiteral("lan0")));
    EXPECT_TRUE(check(clash, Id::NoOverlap).detail.contains(QStringLiteral("tunnel")));
    EXPECT_FALSE(VpnDiagnosis::usable(clash));
}

TEST_F(VpnDiagnosisNamespaceTest, ALowerMetricElsewhereTakesTheCustomersTraffic)
{
    const QString device = sub(80) + QStringLiteral(".20");
    ASSERT_TRUE(in(QStringLiteral("link add vpn_vpn type veth peer name vpnpeer")));
    ASSERT_TRUE(in(QStringLiteral("link set vpnpeer up")));
    ASSERT_TRUE(in(QStringLiteral("link set vpn_vpn up")));
    ASSERT_TRUE(in(QStringLiteral("addr add %1.1/24 dev vpn_vpn noprefixroute").arg(sub(80))));
    ASSERT_TRUE(in(QStringLiteral("route add %1.0/24 dev vpn_vpn metric 100").arg(sub(80))));
    ASSERT_TRUE(in(QStringLiteral("link add eth9 type veth peer name eth9p")));
    ASSERT_TRUE(in(QStringLiteral("addr add %1.2/24 dev eth9").arg(sub(81))));
    ASSERT_TRUE(in(QStringLiteral("link set eth9p up")));
    ASSERT_TRUE(in(QStringLiteral("link set eth9 up")));
    ASSERT_TRUE(in(QStringLiteral("route add %1.0/24 via %2.1 dev eth9 metric 10").arg(sub(80), sub(81))));
    const auto checks = diagnose(device);
    expectOnlyFault(checks, Id::RouteUsesAdapter);
    EXPECT_TRUE(check(checks, Id::RouteUsesAdapter).detail.contains(QStringLiteral("eth9")));
    EXPECT_TRUE(check(checks, Id::RouteUsesAdapter).detail.contains(QStringLiteral("metric 10")));
}

TEST_F(VpnDiagnosisNamespaceTest, ADeviceOutsideTheSubnetReachedByADefaultRouteThroughTheAdapter)
{
    ASSERT_TRUE(in(QStringLiteral("link add vpn_vpn type veth peer name vpnpeer")));
    ASSERT_TRUE(in(QStringLiteral("link set vpnpeer up")));
    ASSERT_TRUE(in(QStringLiteral("link set vpn_vpn up")));
    ASSERT_TRUE(in(QStringLiteral("addr add %1.1/24 dev vpn_vpn").arg(sub(80))));
    ASSERT_TRUE(in(QStringLiteral("route add default via %1.254 dev vpn_vpn").arg(sub(80))));
    const auto checks = diagnose(QStringLiteral("10.95.%1.9").arg(net));
    expectOnlyFault(checks, Id::DeviceInSubnet);
    EXPECT_TRUE(check(checks, Id::RouteUsesAdapter).ok);
}

TEST_F(VpnDiagnosisNamespaceTest, AConfiguredAdapterNameIsUsedInsteadOfTheDefaults)
{
    ASSERT_TRUE(in(QStringLiteral("link add custvpn type veth peer name custvpnp")));
    ASSERT_TRUE(in(QStringLiteral("link set custvpnp up")));
    ASSERT_TRUE(in(QStringLiteral("link set custvpn up")));
    ASSERT_TRUE(in(QStringLiteral("addr add %1.1/24 dev custvpn").arg(sub(82))));
    const auto checks =
        VpnDiagnosis::run(snapshot(), {QStringLiteral("custvpn")}, QHostAddress(sub(82) + QStringLiteral(".7")));
    EXPECT_TRUE(VpnDiagnosis::usable(checks));
    expectOnlyFault(diagnose(sub(82) + QStringLiteral(".7")), Id::AdapterPresent);
}

} // namespace

} // namespace mente::test
