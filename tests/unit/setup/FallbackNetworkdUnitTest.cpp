// SPDX-License-Identifier: GPL-3.0-or-later
// The first-boot address as systemd-networkd configuration (the packaged box, which holds no
// CAP_NET_ADMIN): FallbackAddress with NetworkdFallback on the box's .network file in a temp dir.
// The reload command is recorded, not run; the namespace lab in package_box_deb runs the real
// networkd on the same file.
#include "RecordingLauncher.h"
#include "setup/FallbackAddress.h"
#include "setup/NetworkdFallback.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace mente;
using namespace mente::box;

namespace {

const QString kCidr = QStringLiteral("192.168.234.237/24");

class FallbackNetworkdTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    std::unique_ptr<FallbackAddress> make()
    {
        method = std::make_unique<NetworkdFallback>(NetworkdConfigurator(dir.path(), QStringLiteral("50-mente.network"),
                                                                         QStringLiteral("eth0"),
                                                                         QStringLiteral("networkctl reload"), launcher),
                                                    [this] { return confirmed; });
        return std::make_unique<FallbackAddress>(
            FallbackAddress::Settings{QStringLiteral("eth0"), kCidr, 0, 1000}, *method, [this] { return addresses; },
            [] { return false; }, [this] { return confirmed.isStatic(); });
    }
    QByteArray file() const
    {
        QFile f(QDir(dir.path()).filePath(QStringLiteral("50-mente.network")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
    }

    QTemporaryDir dir;
    RecordingLauncher launcher;
    NetworkSettings confirmed; // DHCP, never set through the page
    std::unique_ptr<NetworkdFallback> method;
    QStringList addresses;
};

} // namespace

TEST_F(FallbackNetworkdTest, WrittenBesideDhcpAndTakenOffWhenALeaseComes)
{
    confirmed.hostname = QStringLiteral("mente-7k3mq2r9zx4p");
    const auto fallback = make();
    fallback->check();
    const QByteArray written = file();
    EXPECT_TRUE(written.contains("[Match]\nName=eth0\n")) << written.constData();
    EXPECT_TRUE(written.contains("DHCP=ipv4\n")) << written.constData();
    EXPECT_TRUE(written.contains("\nAddress=192.168.234.237/24\n")) << written.constData();
    EXPECT_TRUE(written.contains("Hostname=mente-7k3mq2r9zx4p\n")) << written.constData();
    EXPECT_EQ(launcher.commands, QStringList{QStringLiteral("networkctl reload")});
    EXPECT_TRUE(fallback->active());

    addresses = {QStringLiteral("192.168.234.237")}; // networkd put it on the interface
    fallback->check();
    EXPECT_EQ(launcher.commands.size(), 1) << "written once";

    addresses << QStringLiteral("192.168.11.107"); // a DHCP lease came after all (the seed's example)
    fallback->check();
    EXPECT_FALSE(fallback->active());
    EXPECT_FALSE(file().contains("Address=")) << file().constData();
    EXPECT_TRUE(file().contains("DHCP=ipv4\n"));
    EXPECT_EQ(launcher.commands.size(), 2);
}

TEST_F(FallbackNetworkdTest, AFileLeftByTheLastRunIsRecognisedAndTakenOff)
{
    const auto first = make();
    first->check();
    ASSERT_TRUE(NetworkSettings::hasFirstBootAddress(file(), kCidr));
    const auto restarted = make(); // the box restarts; networkd still has the address up
    addresses = {QStringLiteral("192.168.234.237"), QStringLiteral("10.0.0.20")};
    restarted->check();
    EXPECT_FALSE(NetworkSettings::hasFirstBootAddress(file(), kCidr)) << file().constData();
    EXPECT_FALSE(restarted->active());
}

TEST_F(FallbackNetworkdTest, NeverWrittenOverAConfirmedStaticAddress)
{
    confirmed.mode = QStringLiteral("static");
    confirmed.address = QStringLiteral("192.168.1.20");
    const auto fallback = make();
    fallback->check();
    fallback->check();
    EXPECT_EQ(file(), QByteArray("<missing>"));
    EXPECT_TRUE(launcher.commands.isEmpty());
}

TEST_F(FallbackNetworkdTest, AFailedReloadLeavesTheOldFileAndIsTriedAgain)
{
    const auto fallback = make();
    launcher.fail = true; // networkctl reload refused (no networkd, or polkit said no)
    fallback->check();
    EXPECT_FALSE(fallback->active());
    EXPECT_EQ(file(), QByteArray("<missing>")) << "no file networkd has not read";
    launcher.fail = false;
    fallback->check();
    EXPECT_TRUE(fallback->active());
    EXPECT_TRUE(NetworkSettings::hasFirstBootAddress(file(), kCidr));
}

// Nothing confirmed on the setup page: the box is at factory state, so taking the first-boot
// address off leaves DHCP (with the host name) in the file the box wrote, and nothing else.
TEST_F(FallbackNetworkdTest, TakenOffAtFactoryStateTheBoxsOwnFileBecomesDhcp)
{
    confirmed.hostname = QStringLiteral("mente-7k3mq2r9zx4p");
    make(); // for `method`: the calls below are FallbackAddress's
    ASSERT_TRUE(method->add(kCidr).ok());
    ASSERT_TRUE(NetworkSettings::hasFirstBootAddress(file(), kCidr)) << file().constData();
    launcher.commands.clear();

    ASSERT_TRUE(method->remove(kCidr).ok());
    const QByteArray after = file();
    EXPECT_FALSE(after.contains("Address=")) << after.constData();
    EXPECT_TRUE(after.contains("[Match]\nName=eth0\n")) << after.constData();
    EXPECT_TRUE(after.contains("DHCP=ipv4\n")) << after.constData();
    EXPECT_TRUE(after.contains("Hostname=mente-7k3mq2r9zx4p\n")) << after.constData();
    EXPECT_EQ(launcher.commands, QStringList{QStringLiteral("networkctl reload")});
}

TEST_F(FallbackNetworkdTest, TakenOffAtFactoryStateAFileTheBoxDidNotWriteStays)
{
    make(); // for `method`
    // Someone's own file under the box's name (a static address set by hand), and no file at all.
    const QByteArray theirs = "[Match]\nName=eth0\n\n[Network]\nAddress=10.1.2.3/24\nGateway=10.1.2.1\n";
    {
        QFile f(QDir(dir.path()).filePath(QStringLiteral("50-mente.network")));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_EQ(f.write(theirs), theirs.size());
    }
    EXPECT_TRUE(method->remove(kCidr).ok());
    EXPECT_EQ(file(), theirs) << "not clobbered";
    EXPECT_TRUE(launcher.commands.isEmpty()) << "networkd not asked to reload";

    ASSERT_TRUE(QFile::remove(QDir(dir.path()).filePath(QStringLiteral("50-mente.network"))));
    EXPECT_TRUE(method->remove(kCidr).ok());
    EXPECT_EQ(file(), QByteArray("<missing>")) << "no DHCP file made where there was none";
    EXPECT_TRUE(launcher.commands.isEmpty());

    // A first-boot address of another CIDR is not this one's to take off either.
    ASSERT_TRUE(method->add(QStringLiteral("169.254.12.34/16")).ok());
    const QByteArray other = file();
    launcher.commands.clear();
    EXPECT_TRUE(method->remove(kCidr).ok());
    EXPECT_EQ(file(), other);
    EXPECT_TRUE(launcher.commands.isEmpty());
}
