// SPDX-License-Identifier: GPL-3.0-or-later
// The network change applied for real: the test makes a network namespace joined to the host by a
// veth pair (10.231.x.0/24), runs the real mente-box inside it with the "ip" backend on the
// namespace's veth end, and drives the setup page from the host over the veth. An unconfirmed
// change is rolled back on the interface itself; a change confirmed from the new address stays.
// Without an address on the veth (a LAN without DHCP), the box adds its first-boot address and
// answers there until a confirmed static address replaces it (seed §5).
// Needs root and iproute2; exits 77 (skipped) when a namespace cannot be made.
#include "NetnsLab.h"
#include "SetupClient.h"
#include "support/BoxProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace mente::test;

namespace {

const QString kPassword = QStringLiteral("Netns2026pw");

class SetupNamespaceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(ns.create(&error, m_innerAddress)) << qPrintable(error);
        ASSERT_TRUE(dir.isValid());
        // The box runs inside the namespace: BoxProcess starts this wrapper instead of the binary.
        const QString wrapper = dir.filePath(QStringLiteral("in-netns.sh"));
        QFile f(wrapper);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(
            QStringLiteral("#!/bin/sh\nexec ip netns exec %1 %2 \"$@\"\n").arg(ns.name, BoxProcess::binary()).toUtf8());
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_binary = qgetenv("MENTE_BOX_BINARY");
        qputenv("MENTE_BOX_BINARY", wrapper.toLocal8Bit());
    }
    void TearDown() override
    {
        box.stop();
        qputenv("MENTE_BOX_BINARY", m_binary);
    }

    void launchBox(int confirmS, const QString &extraConfig = {})
    {
        box.setConfig(QStringLiteral("[setup]\nconfirm_s=%1\nnetwork_backend=ip\nnetwork_interface=%2\n%3")
                          .arg(confirmS)
                          .arg(ns.nsIf, extraConfig));
        ASSERT_TRUE(box.start({QStringLiteral("--setup-listen"), QStringLiteral("0.0.0.0:0")}))
            << qPrintable(box.output());
        port = box.setupUrl().section(QLatin1Char(':'), -1);
    }

    void startBox(int confirmS)
    {
        ASSERT_NO_FATAL_FAILURE(launchBox(confirmS));
        ASSERT_NO_FATAL_FAILURE(logIn(QStringLiteral(".2")));
    }

    // Logs in at SUBNET+hostPart with admin/admin and sets kPassword through the forced form.
    void logIn(const QString &hostPart)
    {
        client = std::make_unique<SetupClient>(urlFor(hostPart));
        client->setCredentials(QStringLiteral("admin"), QStringLiteral("admin"));
        ASSERT_EQ(client->get(QStringLiteral("/")).status, 200);
        ASSERT_EQ(client
                      ->post(QStringLiteral("/password"), {{QStringLiteral("current"), QStringLiteral("admin")},
                                                           {QStringLiteral("new"), kPassword},
                                                           {QStringLiteral("new2"), kPassword},
                                                           {QStringLiteral("step"), QStringLiteral("apply")}})
                      .status,
                  200);
        client->setCredentials(QStringLiteral("admin"), kPassword);
        client->get(QStringLiteral("/network"));
    }

    QString urlFor(const QString &hostPart) const
    {
        return QStringLiteral("http://%1%2:%3").arg(ns.subnet, hostPart, port);
    }

    void apply(const QString &hostPart)
    {
        client->postAndForget(QStringLiteral("/network"),
                              {{QStringLiteral("mode"), QStringLiteral("static")},
                               {QStringLiteral("address"), ns.subnet + hostPart},
                               {QStringLiteral("netmask"), QStringLiteral("24")},
                               {QStringLiteral("gateway"), ns.subnet + QStringLiteral(".1")},
                               {QStringLiteral("dns1"), ns.subnet + QStringLiteral(".1")},
                               {QStringLiteral("step"), QStringLiteral("apply")}});
    }

    // Waits (processing events, so the request goes out) until the namespace's addresses contain text.
    bool waitForAddress(const QString &cidr, int timeoutMs = 8000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (ns.addresses().contains(cidr))
                return true;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
            QThread::msleep(50);
        }
        return false;
    }

    bool m_innerAddress = true; // false: a LAN without DHCP, nothing gives the box an address
    Namespace ns;
    QTemporaryDir dir;
    BoxProcess box;
    QString port;
    std::unique_ptr<SetupClient> client;

private:
    QByteArray m_binary;
};

TEST_F(SetupNamespaceTest, UnconfirmedAddressIsTakenOffTheInterfaceAgain)
{
    ASSERT_NO_FATAL_FAILURE(startBox(3));
    // The answer may not arrive: the address it came to is gone from the interface.
    apply(QStringLiteral(".4"));
    ASSERT_TRUE(waitForAddress(ns.subnet + QStringLiteral(".4/24"), 2500)) << qPrintable(ns.addresses());
    EXPECT_FALSE(ns.addresses().contains(ns.subnet + QStringLiteral(".2/24")));
    EXPECT_TRUE(ns.defaultRoute().contains(QStringLiteral("via %1.1").arg(ns.subnet))) << qPrintable(ns.defaultRoute());

    EXPECT_TRUE(waitForAddress(ns.subnet + QStringLiteral(".2/24"))) << qPrintable(ns.addresses());
    EXPECT_FALSE(ns.addresses().contains(ns.subnet + QStringLiteral(".4/24")));
    // Reachable at the old address again, and it says what happened.
    SetupClient old(urlFor(QStringLiteral(".2")));
    old.setCredentials(QStringLiteral("admin"), kPassword);
    const HttpReply r = old.get(QStringLiteral("/network"));
    EXPECT_EQ(r.status, 200);
    EXPECT_TRUE(r.body.contains("rolled back"));
}

TEST_F(SetupNamespaceTest, AddressConfirmedFromTheNewAddressStays)
{
    ASSERT_NO_FATAL_FAILURE(startBox(3));
    apply(QStringLiteral(".3"));
    ASSERT_TRUE(waitForAddress(ns.subnet + QStringLiteral(".3/24"), 2500)) << qPrintable(ns.addresses());
    SetupClient atNew(urlFor(QStringLiteral(".3")));
    atNew.setCredentials(QStringLiteral("admin"), kPassword);
    HttpReply r = atNew.get(QStringLiteral("/network"));
    ASSERT_EQ(r.status, 200) << qPrintable(r.networkError);
    EXPECT_TRUE(r.body.contains("id=\"pending\""));
    r = atNew.post(QStringLiteral("/network"), {{QStringLiteral("step"), QStringLiteral("keep")}});
    ASSERT_EQ(r.status, 200) << r.body.constData();
    QThread::msleep(3500); // past the time limit: nothing is rolled back
    EXPECT_TRUE(ns.addresses().contains(ns.subnet + QStringLiteral(".3/24"))) << qPrintable(ns.addresses());
    EXPECT_FALSE(ns.addresses().contains(ns.subnet + QStringLiteral(".2/24")));
    EXPECT_TRUE(
        atNew.get(QStringLiteral("/")).body.contains(QStringLiteral("Static address %1.3/24").arg(ns.subnet).toUtf8()));
}

// Seed §5: on a LAN without DHCP the box answers on a fixed first-boot address. Here the
// namespace's end of the veth has no address and no DHCP server answers; the installer's PC is
// the host end (SUBNET.1), the first-boot address SUBNET.237/24 (the seed's is 192.168.234.237/24,
// kept off this machine's own LAN).
class SetupFallbackTest : public SetupNamespaceTest
{
protected:
    SetupFallbackTest() { m_innerAddress = false; }

    void launchWithoutDhcp(int confirmS)
    {
        ASSERT_NO_FATAL_FAILURE(launchBox(
            confirmS, QStringLiteral("[network]\nfallback_after_s=1\nfallback_address=%1.237/24\n").arg(ns.subnet)));
        ASSERT_TRUE(waitForAddress(ns.subnet + QStringLiteral(".237/24"), 8000)) << qPrintable(ns.addresses());
        ASSERT_NO_FATAL_FAILURE(logIn(QStringLiteral(".237")));
    }
};

TEST_F(SetupFallbackTest, WithoutDhcpTheFirstBootAddressAppearsAndAConfirmedStaticAddressReplacesIt)
{
    ASSERT_NO_FATAL_FAILURE(launchWithoutDhcp(3));
    const HttpReply top = client->get(QStringLiteral("/"));
    ASSERT_EQ(top.status, 200);
    EXPECT_TRUE(top.body.contains(QStringLiteral("%1.237/24 (%2) first-boot address").arg(ns.subnet, ns.nsIf).toUtf8()))
        << top.body.constData();

    // A static address set through the page, then confirmed from it: the first-boot address goes.
    apply(QStringLiteral(".5"));
    ASSERT_TRUE(waitForAddress(ns.subnet + QStringLiteral(".5/24"), 2500)) << qPrintable(ns.addresses());
    SetupClient atNew(urlFor(QStringLiteral(".5")));
    atNew.setCredentials(QStringLiteral("admin"), kPassword);
    ASSERT_EQ(atNew.get(QStringLiteral("/network")).status, 200);
    const HttpReply kept = atNew.post(QStringLiteral("/network"), {{QStringLiteral("step"), QStringLiteral("keep")}});
    ASSERT_EQ(kept.status, 200) << kept.body.constData();
    QThread::msleep(3500); // past the confirmation limit and past fallback_after_s
    const QString after = ns.addresses();
    EXPECT_TRUE(after.contains(ns.subnet + QStringLiteral(".5/24"))) << qPrintable(after);
    EXPECT_FALSE(after.contains(ns.subnet + QStringLiteral(".237/24"))) << qPrintable(after);
    EXPECT_FALSE(atNew.get(QStringLiteral("/")).body.contains("first-boot address"));
}

TEST_F(SetupFallbackTest, AnUnconfirmedStaticAddressBringsTheFirstBootAddressBack)
{
    ASSERT_NO_FATAL_FAILURE(launchWithoutDhcp(2));
    apply(QStringLiteral(".6"));
    ASSERT_TRUE(waitForAddress(ns.subnet + QStringLiteral(".6/24"), 2500)) << qPrintable(ns.addresses());
    // Nobody confirms: the rollback restores the interface as it was, first-boot address included.
    ASSERT_TRUE(waitForAddress(ns.subnet + QStringLiteral(".237/24"), 6000)) << qPrintable(ns.addresses());
    EXPECT_FALSE(ns.addresses().contains(ns.subnet + QStringLiteral(".6/24")));
    SetupClient again(urlFor(QStringLiteral(".237")));
    again.setCredentials(QStringLiteral("admin"), kPassword);
    EXPECT_EQ(again.get(QStringLiteral("/")).status, 200);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (!canMakeNamespaces()) {
        std::printf("SKIP: needs root and iproute2 to make a network namespace\n");
        return 77;
    }
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
