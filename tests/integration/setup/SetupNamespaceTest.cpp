// SPDX-License-Identifier: GPL-3.0-or-later
// The network change applied for real: the test makes a network namespace joined to the host by a
// veth pair (10.231.x.0/24), runs the real mente-box inside it with the "ip" backend on the
// namespace's veth end, and drives the setup page from the host over the veth. An unconfirmed
// change is rolled back on the interface itself; a change confirmed from the new address stays.
// Needs root and iproute2; exits 77 (skipped) when a namespace cannot be made.
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

QString run(const QStringList &argv, int *code = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(argv.first(), argv.mid(1));
    p.waitForFinished(15000);
    if (code)
        *code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromLocal8Bit(p.readAll());
}

// A namespace "mente-setup-PID" with veth "mstPIDh" (host, 10.231.N.1) and "mstPIDn" (inside,
// 10.231.N.2); removed again however the test ends.
class Namespace
{
public:
    Namespace()
        : name(QStringLiteral("mente-setup-%1").arg(getpid()))
        , hostIf(QStringLiteral("mst%1h").arg(getpid() % 1000000))
        , nsIf(QStringLiteral("mst%1n").arg(getpid() % 1000000))
        , subnet(QStringLiteral("10.231.%1").arg(getpid() % 200 + 20))
    {}
    ~Namespace() { remove(); }

    bool create(QString *error)
    {
        remove();
        const QList<QStringList> steps{
            {QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("add"), name},
            {QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("add"), hostIf, QStringLiteral("type"),
             QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), nsIf},
            {QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"), nsIf, QStringLiteral("netns"), name},
            {QStringLiteral("ip"), QStringLiteral("addr"), QStringLiteral("add"), subnet + QStringLiteral(".1/24"),
             QStringLiteral("dev"), hostIf},
            {QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"), hostIf, QStringLiteral("up")},
            {QStringLiteral("ip"), QStringLiteral("-n"), name, QStringLiteral("link"), QStringLiteral("set"),
             QStringLiteral("lo"), QStringLiteral("up")},
            {QStringLiteral("ip"), QStringLiteral("-n"), name, QStringLiteral("addr"), QStringLiteral("add"),
             subnet + QStringLiteral(".2/24"), QStringLiteral("dev"), nsIf},
            {QStringLiteral("ip"), QStringLiteral("-n"), name, QStringLiteral("link"), QStringLiteral("set"), nsIf,
             QStringLiteral("up")},
        };
        for (const QStringList &step : steps) {
            int code = 0;
            const QString out = run(step, &code);
            if (code != 0) {
                *error = step.join(QLatin1Char(' ')) + QStringLiteral(": ") + out;
                return false;
            }
        }
        made = true;
        return true;
    }
    void remove()
    {
        run({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("del"), name});
        run({QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("del"), hostIf});
    }
    QString addresses() const
    {
        return run({QStringLiteral("ip"), QStringLiteral("-n"), name, QStringLiteral("-4"), QStringLiteral("-o"),
                    QStringLiteral("addr"), QStringLiteral("show"), QStringLiteral("dev"), nsIf});
    }
    QString defaultRoute() const
    {
        return run({QStringLiteral("ip"), QStringLiteral("-n"), name, QStringLiteral("-4"), QStringLiteral("route"),
                    QStringLiteral("show"), QStringLiteral("default")});
    }

    QString name;
    QString hostIf;
    QString nsIf;
    QString subnet;
    bool made = false;
};

class SetupNamespaceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(ns.create(&error)) << qPrintable(error);
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

    void startBox(int confirmS)
    {
        box.setConfig(QStringLiteral("[setup]\nconfirm_s=%1\nnetwork_backend=ip\nnetwork_interface=%2\n")
                          .arg(confirmS)
                          .arg(ns.nsIf));
        ASSERT_TRUE(box.start({QStringLiteral("--setup-listen"), QStringLiteral("0.0.0.0:0")}))
            << qPrintable(box.output());
        port = box.setupUrl().section(QLatin1Char(':'), -1);
        client = std::make_unique<SetupClient>(urlFor(QStringLiteral(".2")));
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

bool canMakeNamespaces()
{
    if (geteuid() != 0)
        return false;
    const QString probe = QStringLiteral("mente-probe-%1").arg(getpid());
    int code = 0;
    run({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("add"), probe}, &code);
    run({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("del"), probe});
    return code == 0;
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
