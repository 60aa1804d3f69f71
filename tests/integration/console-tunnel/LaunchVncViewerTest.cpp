// SPDX-License-Identifier: GPL-3.0-or-later
// F12 §2 for real: TigerVNC's vncviewer, started by the console's SessionLauncher, logs in to a
// real Xvnc (VNC password authentication, on loopback) with the password read from the
// console's one-time FIFO; a wrong password is refused by the server.
#include "launch/DefaultProfiles.h"
#include "launch/QProcessLauncher.h"
#include "launch/SessionLauncher.h"
#include "launch/VncPasswordFile.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>
#include <unistd.h>

namespace mente::test {

using namespace console;

namespace {

class LaunchVncViewerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QTcpServer probe; // a free loopback port for Xvnc
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
        probe.close();
        const int n = 300 + ::getpid() % 300;
        QFile passwd(dir.filePath(QStringLiteral("server.passwd")));
        ASSERT_TRUE(passwd.open(QIODevice::WriteOnly));
        passwd.write(VncPasswordFile::obfuscate(QStringLiteral("Vnc-2026")));
        passwd.close();
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(QStringLiteral("Xvnc"),
                     {QStringLiteral(":%1").arg(n), QStringLiteral("-rfbport"), QString::number(port),
                      QStringLiteral("-interface"), QStringLiteral("127.0.0.1"), QStringLiteral("-SecurityTypes"),
                      QStringLiteral("VncAuth"), QStringLiteral("-PasswordFile"), passwd.fileName(),
                      QStringLiteral("-nolisten"), QStringLiteral("tcp"), QStringLiteral("-geometry"),
                      QStringLiteral("320x200")});
        display.setProcessChannelMode(QProcess::MergedChannels);
        display.start(QStringLiteral("Xvfb"),
                      {QStringLiteral(":%1").arg(n + 300), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
        ASSERT_TRUE(server.waitForStarted(5000)) << "Xvnc (tigervnc-standalone-server) is missing";
        ASSERT_TRUE(display.waitForStarted(5000)) << "Xvfb is missing";
        ASSERT_TRUE(QTest::qWaitFor(
            [&]() {
                QTcpSocket s;
                s.connectToHost(QHostAddress::LocalHost, port);
                return s.waitForConnected(200);
            },
            10000))
            << "Xvnc did not listen";
        qputenv("DISPLAY", QByteArray(":") + QByteArray::number(n + 300));
    }
    void TearDown() override
    {
        for (QProcess *p : {&server, &display}) {
            p->terminate();
            if (!p->waitForFinished(3000))
                p->kill();
        }
        QFile::remove(QStringLiteral("/tmp/.X%1-lock").arg(300 + ::getpid() % 300));
        QFile::remove(QStringLiteral("/tmp/.X%1-lock").arg(600 + ::getpid() % 300));
    }

    // Launches the default VNC profile with this password; the server's log from then on.
    QString connectWith(const QString &password, int *exitCode)
    {
        log += server.readAll();
        const qsizetype from = log.size();
        auto launcher = std::make_unique<SessionLauncher>(
            &processes, ProgramLocator(DefaultProfiles::installFolders(HostPlatform::Linux)), QString());
        SessionLauncher::Request request;
        request.profile = DefaultProfiles::forProtocol(QStringLiteral("VNC"), HostPlatform::Linux);
        request.target = {QStringLiteral("VNC"), QStringLiteral("127.0.0.1"), port, {}, {}, {}};
        request.password = password;
        *exitCode = -1;
        const SessionLauncher::Outcome started = launcher->launch(request, [exitCode](int code) { *exitCode = code; });
        EXPECT_TRUE(started.started) << started.error.toStdString();
        EXPECT_FALSE(started.plan.commandLine().contains(password));
        const qsizetype at = started.plan.arguments.indexOf(QStringLiteral("-passwd"));
        EXPECT_GE(at, 0);
        const QString fifo = at >= 0 ? started.plan.arguments.at(at + 1) : QString();
        // The viewer asks for VNC authentication; a refusal shows in the server's log right after.
        (void)QTest::qWaitFor(
            [&]() {
                log += server.readAll();
                return log.indexOf("security type VncAuth", from) >= 0 || *exitCode >= 0;
            },
            10000);
        QTest::qWait(1500); // a refusal is logged by now
        log += server.readAll();
        EXPECT_FALSE(QFileInfo::exists(fifo)) << "the password FIFO is still there";
        launcher.reset(); // ends a viewer that is still connected
        return QString::fromLocal8Bit(log.mid(from));
    }

    QTemporaryDir dir;
    QProcess server;
    QProcess display;
    QByteArray log;
    quint16 port = 0;
    QProcessLauncher processes;
};

TEST_F(LaunchVncViewerTest, TigerVncLogsInWithThePasswordFromTheFifo)
{
    int exitCode = -1;
    const QString log = connectWith(QStringLiteral("Vnc-2026"), &exitCode);
    EXPECT_TRUE(log.contains(QStringLiteral("security type VncAuth"))) << log.toStdString();
    EXPECT_FALSE(log.contains(QStringLiteral("uthentication fail"), Qt::CaseInsensitive)) << log.toStdString();
    EXPECT_EQ(exitCode, -1) << "the viewer ended instead of showing the desktop";
}

TEST_F(LaunchVncViewerTest, AWrongPasswordIsRefusedByTheServer)
{
    int exitCode = -1;
    const QString log = connectWith(QStringLiteral("not-it"), &exitCode);
    EXPECT_TRUE(log.contains(QStringLiteral("uthentication fail"), Qt::CaseInsensitive)) << log.toStdString();
}

} // namespace

} // namespace mente::test
