// SPDX-License-Identifier: GPL-3.0-or-later
// F12 §1–2: each default profile's command line, environment and password channel; the
// password never on a command line.
#include "RecordingLauncher.h"
#include "launch/CommandBuilder.h"
#include "launch/DefaultProfiles.h"
#include "launch/SessionLauncher.h"
#include "launch/VncPasswordFile.h"

#include <QApplication>
#include <QClipboard>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mente::test {

using namespace console;

namespace {

const QString kSecret = QStringLiteral("S3cr3t pass'word");

SessionTarget target(const char *protocol, const char *user = "admin")
{
    SessionTarget t;
    t.protocol = QString::fromLatin1(protocol);
    t.host = QStringLiteral("127.0.0.1");
    t.port = 40022;
    t.user = QString::fromLatin1(user);
    t.device = QStringLiteral("192.168.10.20");
    return t;
}

QStringList build(HostPlatform platform, const char *protocol, const char *user = "admin")
{
    CommandBuilder::Tools tools;
    tools.program = QStringLiteral("/opt/x/prog");
    const LaunchPlan plan = CommandBuilder::build(DefaultProfiles::forProtocol(QString::fromLatin1(protocol), platform),
                                                  target(protocol, user), tools);
    return plan.arguments;
}

// A folder of stand-in programs named like the real ones, so the locator finds them.
class LaunchProfileTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(bin.isValid());
        for (const char *name : {"ssh", "telnet", "xfreerdp", "vncviewer", "xdg-open", "xterm"}) {
            QFile f(bin.filePath(QString::fromLatin1(name)));
            ASSERT_TRUE(f.open(QIODevice::WriteOnly));
            f.write("#!/bin/sh\nexit 0\n");
            f.close();
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
        QFile helper(bin.filePath(QStringLiteral("mente-askpass")));
        ASSERT_TRUE(helper.open(QIODevice::WriteOnly));
        helper.close();
    }
    SessionLauncher launcher()
    {
        return SessionLauncher(&processes, ProgramLocator({}, {bin.path()}),
                               bin.filePath(QStringLiteral("mente-askpass")));
    }
    SessionLauncher::Request request(const char *protocol)
    {
        return {DefaultProfiles::forProtocol(QString::fromLatin1(protocol), HostPlatform::Linux), target(protocol),
                kSecret};
    }
    static void expectNoSecretIn(const LaunchPlan &plan)
    {
        for (const QString &a : plan.arguments)
            EXPECT_FALSE(a.contains(QStringLiteral("S3cr3t"))) << a.toStdString();
        for (const QString &v : plan.environment)
            EXPECT_FALSE(v.contains(QStringLiteral("S3cr3t"))) << v.toStdString();
        EXPECT_FALSE(plan.commandLine().contains(QStringLiteral("S3cr3t")));
    }

    QTemporaryDir bin;
    RecordingLauncher processes;
};

TEST(CommandBuilder, ExpandsEachWordAloneSoAUserNameCannotAddArguments)
{
    SessionTarget t = target("SSH", "evil -oProxyCommand=x");
    const QStringList words = CommandBuilder::expand(QStringLiteral("-p {port} {user}@{host}"), t);
    EXPECT_EQ(words, (QStringList{QStringLiteral("-p"), QStringLiteral("40022"),
                                  QStringLiteral("evil -oProxyCommand=x@127.0.0.1")}));
}

TEST(CommandBuilder, LeavesOutUserOptionsWhenThereIsNoUser)
{
    EXPECT_EQ(build(HostPlatform::Linux, "SSH", ""),
              (QStringList{QStringLiteral("-p"), QStringLiteral("40022"), QStringLiteral("-o"),
                           QStringLiteral("HostKeyAlias=192.168.10.20"), QStringLiteral("127.0.0.1")}));
    EXPECT_EQ(build(HostPlatform::Linux, "RDP", ""),
              (QStringList{QStringLiteral("/v:127.0.0.1:40022"), QStringLiteral("/cert:tofu")}));
}

TEST(CommandBuilder, LinuxDefaults)
{
    EXPECT_EQ(build(HostPlatform::Linux, "SSH"),
              (QStringList{QStringLiteral("-p"), QStringLiteral("40022"), QStringLiteral("-o"),
                           QStringLiteral("HostKeyAlias=192.168.10.20"), QStringLiteral("admin@127.0.0.1")}));
    EXPECT_EQ(build(HostPlatform::Linux, "TELNET"),
              (QStringList{QStringLiteral("127.0.0.1"), QStringLiteral("40022")}));
    EXPECT_EQ(
        build(HostPlatform::Linux, "RDP"),
        (QStringList{QStringLiteral("/v:127.0.0.1:40022"), QStringLiteral("/u:admin"), QStringLiteral("/cert:tofu")}));
    EXPECT_EQ(build(HostPlatform::Linux, "VNC"), (QStringList{QStringLiteral("127.0.0.1::40022")}));
    EXPECT_EQ(build(HostPlatform::Linux, "HTTP"), (QStringList{QStringLiteral("http://127.0.0.1:40022/")}));
    EXPECT_EQ(build(HostPlatform::Linux, "HTTPS"), (QStringList{QStringLiteral("https://127.0.0.1:40022/")}));
}

TEST(CommandBuilder, WindowsDefaults)
{
    EXPECT_EQ(DefaultProfiles::forProtocol(QStringLiteral("SSH"), HostPlatform::Windows).program,
              QStringLiteral("ttermpro"));
    EXPECT_EQ(build(HostPlatform::Windows, "SSH"),
              (QStringList{QStringLiteral("127.0.0.1:40022"), QStringLiteral("/ssh2"), QStringLiteral("/auth=password"),
                           QStringLiteral("/user=admin"), QStringLiteral("/ask4passwd")}));
    EXPECT_EQ(build(HostPlatform::Windows, "TELNET"),
              (QStringList{QStringLiteral("127.0.0.1:40022"), QStringLiteral("/telnet")}));
    EXPECT_EQ(build(HostPlatform::Windows, "RDP"), (QStringList{QStringLiteral("/v:127.0.0.1:40022")}));
    EXPECT_EQ(build(HostPlatform::Windows, "VNC"), (QStringList{QStringLiteral("127.0.0.1::40022")}));
    EXPECT_EQ(build(HostPlatform::Windows, "HTTPS"),
              (QStringList{QStringLiteral("url.dll,FileProtocolHandler"), QStringLiteral("https://127.0.0.1:40022/")}));
    EXPECT_EQ(DefaultProfiles::forProtocol(QStringLiteral("RDP"), HostPlatform::Windows).channel,
              PasswordChannel::WindowsCredential);
    EXPECT_EQ(DefaultProfiles::alternatives(QStringLiteral("VNC"), HostPlatform::Windows).size(), 2);
}

TEST(CommandBuilder, EveryProfileNamesWhatToInstall)
{
    for (const HostPlatform platform : {HostPlatform::Linux, HostPlatform::Windows})
        for (const LaunchProfile &p : DefaultProfiles::forPlatform(platform))
            if (!p.program.startsWith(QLatin1String("rundll32"))) {
                EXPECT_FALSE(p.installHint.isEmpty()) << p.protocol.toStdString();
            }
}

TEST(LaunchProfile, RoundTripsThroughSettings)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    LaunchProfile p = DefaultProfiles::forProtocol(QStringLiteral("VNC"), HostPlatform::Linux);
    p.program = QStringLiteral("/opt/vnc/viewer");
    p.channel = PasswordChannel::Clipboard;
    settings.beginGroup(QStringLiteral("VNC"));
    p.save(settings);
    const LaunchProfile back =
        LaunchProfile::load(settings, DefaultProfiles::forProtocol(QStringLiteral("VNC"), HostPlatform::Linux));
    EXPECT_EQ(back, p);
}

TEST_F(LaunchProfileTest, OpenSshGetsThePasswordOnceThroughAskpassAndATerminal)
{
    SessionLauncher l = launcher();
    const SessionLauncher::Outcome out = l.launch(request("SSH"));
    ASSERT_TRUE(out.started) << out.error.toStdString();
    ASSERT_EQ(processes.started.size(), 1);
    const LaunchPlan &plan = processes.started.at(0).plan;
    expectNoSecretIn(plan);
    EXPECT_EQ(plan.program, bin.filePath(QStringLiteral("xterm")));
    EXPECT_EQ(plan.arguments.mid(0, 2), (QStringList{QStringLiteral("-e"), bin.filePath(QStringLiteral("ssh"))}));
    EXPECT_EQ(plan.environment.value(QStringLiteral("SSH_ASKPASS")), bin.filePath(QStringLiteral("mente-askpass")));
    EXPECT_EQ(plan.environment.value(QStringLiteral("SSH_ASKPASS_REQUIRE")), QStringLiteral("force"));
    EXPECT_TRUE(processes.started.at(0).stdinData.isEmpty());

    // The socket sits in a directory only we can enter, answers once, then is gone.
    const QString socketPath = plan.environment.value(QStringLiteral("MENTE_ASKPASS_SOCKET"));
    QFileInfo folder(QFileInfo(socketPath).path());
    EXPECT_EQ(folder.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup | QFileDevice::ExeOther), 0);
    QLocalSocket first;
    first.connectToServer(socketPath);
    ASSERT_TRUE(first.waitForConnected(2000));
    QByteArray got;
    ASSERT_TRUE(QTest::qWaitFor([&]() {
        got += first.readAll();
        return first.state() == QLocalSocket::UnconnectedState || got.size() >= kSecret.toUtf8().size();
    }));
    EXPECT_EQ(got, kSecret.toUtf8());
    EXPECT_TRUE(QTest::qWaitFor([&]() { return !QFileInfo::exists(socketPath); }));
    QLocalSocket second;
    second.connectToServer(socketPath);
    EXPECT_FALSE(second.waitForConnected(500));
}

TEST_F(LaunchProfileTest, FreeRdpReadsThePasswordFromStandardInput)
{
    SessionLauncher l = launcher();
    const SessionLauncher::Outcome out = l.launch(request("RDP"));
    ASSERT_TRUE(out.started) << out.error.toStdString();
    const auto &s = processes.started.at(0);
    expectNoSecretIn(s.plan);
    EXPECT_TRUE(s.plan.arguments.contains(QStringLiteral("/from-stdin")));
    EXPECT_EQ(s.stdinData, kSecret.toUtf8() + '\n');
    EXPECT_TRUE(out.notice.isEmpty());
}

TEST_F(LaunchProfileTest, TigerVncReadsAnObfuscatedPasswordFromAFifoThatThenVanishes)
{
    SessionLauncher l = launcher();
    const SessionLauncher::Outcome out = l.launch(request("VNC"));
    ASSERT_TRUE(out.started) << out.error.toStdString();
    const LaunchPlan &plan = processes.started.at(0).plan;
    expectNoSecretIn(plan);
    const qsizetype at = plan.arguments.indexOf(QStringLiteral("-passwd"));
    ASSERT_GE(at, 0);
    const QString path = plan.arguments.at(at + 1);
    struct stat st
    {};
    ASSERT_EQ(::stat(QFile::encodeName(path).constData(), &st), 0);
    EXPECT_TRUE(S_ISFIFO(st.st_mode));
    EXPECT_EQ(st.st_mode & 0077, 0u);
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
    ASSERT_GE(fd, 0);
    QByteArray got;
    (void)QTest::qWaitFor([&]() {
        char buffer[16];
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n > 0)
            got.append(buffer, n);
        return got.size() >= 8;
    });
    ::close(fd);
    EXPECT_EQ(got, VncPasswordFile::obfuscate(kSecret));
    EXPECT_TRUE(QTest::qWaitFor([&]() { return !QFileInfo::exists(path); }));
}

TEST(VncPasswordFile, ObfuscatesLikeVncpasswd)
{
    // vncpasswd -f <<< password | xxd -p  →  dbd83cfd727a1458
    EXPECT_EQ(VncPasswordFile::obfuscate(QStringLiteral("password")).toHex(), QByteArray("dbd83cfd727a1458"));
    EXPECT_EQ(VncPasswordFile::obfuscate(QStringLiteral("password-longer")),
              VncPasswordFile::obfuscate(QStringLiteral("password")));
}

TEST_F(LaunchProfileTest, TelnetAndBrowsersGetTheClipboardClearedAfterwardsAndSaySo)
{
    for (const char *protocol : {"TELNET", "HTTP"}) {
        SessionLauncher l = launcher();
        l.setClipboardClearMs(300);
        const SessionLauncher::Outcome out = l.launch(request(protocol));
        ASSERT_TRUE(out.started) << out.error.toStdString();
        expectNoSecretIn(processes.started.last().plan);
        EXPECT_TRUE(out.notice.contains(QStringLiteral("clipboard"))) << out.notice.toStdString();
        EXPECT_EQ(QApplication::clipboard()->text(), kSecret);
        EXPECT_TRUE(QTest::qWaitFor([]() { return QApplication::clipboard()->text().isEmpty(); }, 3000));
    }
}

TEST_F(LaunchProfileTest, NoStoredPasswordMeansNoChannelAndTheProgramAsks)
{
    SessionLauncher l = launcher();
    SessionLauncher::Request r = request("SSH");
    r.password.reset();
    const SessionLauncher::Outcome out = l.launch(r);
    ASSERT_TRUE(out.started);
    EXPECT_FALSE(processes.started.at(0).plan.environment.contains(QStringLiteral("SSH_ASKPASS")));
}

TEST_F(LaunchProfileTest, AMissingProgramIsSaidInWordsWithWhatToInstall)
{
    SessionLauncher l(&processes, ProgramLocator({}, {QDir::tempPath() + QStringLiteral("/nothing-here")}), {});
    const SessionLauncher::Outcome out = l.launch(request("RDP"));
    EXPECT_FALSE(out.started);
    EXPECT_TRUE(out.error.contains(QStringLiteral("xfreerdp"))) << out.error.toStdString();
    EXPECT_TRUE(out.error.contains(QStringLiteral("apt install freerdp2-x11"))) << out.error.toStdString();
    EXPECT_TRUE(processes.started.isEmpty());
}

} // namespace

} // namespace mente::test
