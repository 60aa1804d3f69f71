// SPDX-License-Identifier: GPL-3.0-or-later
// F12 §2 for real: the OpenSSH client, started by the console's SessionLauncher, logs in to the
// customer device's sshd through the console's tunnel with the password handed over by
// mente-askpass, and runs a command there.
#include "TunnelLabEnvironment.h"
#include "launch/DefaultProfiles.h"
#include "launch/QProcessLauncher.h"
#include "launch/SessionLauncher.h"
#include "launch/SshTunnel.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

namespace mente::test {

using namespace console;

namespace {

class LaunchThroughTunnelTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(lab().ready()) << lab().error().toStdString(); }
    static NamespaceLab &lab() { return TunnelLabEnvironment::lab(); }

    quint16 forwardToDeviceSsh(SshTunnel &tunnel)
    {
        quint16 local = 0;
        const int id = tunnel.openForward(lab().value(QStringLiteral("LAB_DEVICE_IP")),
                                          lab().port(QStringLiteral("LAB_DEVICE_SSH")));
        QObject::connect(&tunnel, &SshTunnel::forwardListening, &tunnel, [&local, id](int i, quint16 port) {
            if (i == id)
                local = port;
        });
        (void)QTest::qWaitFor([&]() { return local != 0; });
        return local;
    }

    // The default SSH profile with the lab's host key handling and a command to run.
    static LaunchProfile profile(const QString &remoteCommand)
    {
        LaunchProfile p = DefaultProfiles::forProtocol(QStringLiteral("SSH"), HostPlatform::Linux);
        p.terminal = false; // no desktop here; the command's effect is the result
        p.arguments = QStringLiteral("-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null "
                                     "-o PreferredAuthentications=password -o NumberOfPasswordPrompts=1 "
                                     "-p {port} {user}@{host} ")
                      + remoteCommand;
        return p;
    }
};

TEST_F(LaunchThroughTunnelTest, OpenSshLogsInWithThePasswordFromAskpassAndRunsACommand)
{
    SshTunnel tunnel(TunnelLabEnvironment::endpoint(), TunnelLabEnvironment::fastTimings());
    const quint16 port = forwardToDeviceSsh(tunnel);
    ASSERT_NE(port, 0);

    const QString out = lab().dir() + QStringLiteral("/ssh-ran");
    QFile::remove(out);
    QProcessLauncher processes;
    SessionLauncher launcher(&processes, ProgramLocator(DefaultProfiles::installFolders(HostPlatform::Linux)),
                             QStringLiteral(MENTE_ASKPASS));
    SessionLauncher::Request request;
    request.profile = profile(QStringLiteral("echo ok > ") + out);
    request.target = {QStringLiteral("SSH"),
                      QStringLiteral("127.0.0.1"),
                      port,
                      QStringLiteral("root"),
                      lab().value(QStringLiteral("LAB_DEVICE_IP")),
                      {}};
    request.password = lab().value(QStringLiteral("LAB_DEVICE_PASSWORD"));
    int exitCode = -1;
    const SessionLauncher::Outcome started = launcher.launch(request, [&exitCode](int code) { exitCode = code; });
    ASSERT_TRUE(started.started) << started.error.toStdString();
    for (const QString &a : started.plan.arguments)
        EXPECT_FALSE(a.contains(*request.password));
    EXPECT_FALSE(started.plan.environment.values().join(QLatin1Char(' ')).contains(*request.password));

    ASSERT_TRUE(QTest::qWaitFor([&]() { return exitCode >= 0; }, 30000)) << "ssh did not end";
    EXPECT_EQ(exitCode, 0);
    QFile result(out);
    ASSERT_TRUE(result.open(QIODevice::ReadOnly)) << "the command did not run on the device";
    EXPECT_EQ(result.readAll(), QByteArray("ok\n"));
}

TEST_F(LaunchThroughTunnelTest, AWrongPasswordFromTheVaultIsRefusedByTheDevice)
{
    SshTunnel tunnel(TunnelLabEnvironment::endpoint(), TunnelLabEnvironment::fastTimings());
    const quint16 port = forwardToDeviceSsh(tunnel);
    ASSERT_NE(port, 0);
    const QString out = lab().dir() + QStringLiteral("/ssh-wrong");
    QProcessLauncher processes;
    SessionLauncher launcher(&processes, ProgramLocator(DefaultProfiles::installFolders(HostPlatform::Linux)),
                             QStringLiteral(MENTE_ASKPASS));
    SessionLauncher::Request request;
    request.profile = profile(QStringLiteral("echo ok > ") + out);
    request.target = {QStringLiteral("SSH"), QStringLiteral("127.0.0.1"), port, QStringLiteral("root"), {}, {}};
    request.password = QStringLiteral("not-the-password");
    int exitCode = -1;
    ASSERT_TRUE(launcher.launch(request, [&exitCode](int code) { exitCode = code; }).started);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return exitCode >= 0; }, 30000));
    EXPECT_NE(exitCode, 0);
    EXPECT_FALSE(QFile::exists(out));
}

} // namespace

} // namespace mente::test
