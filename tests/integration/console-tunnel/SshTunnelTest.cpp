// SPDX-License-Identifier: GPL-3.0-or-later
// F12 path (b): the console's SSH tunnel through a real OpenSSH "box" to a customer LAN whose
// subnet is also the operator's own, cut mid-transfer and coming back, several sessions on one link.
#include "launch/SshTunnel.h"

#include "TunnelLabEnvironment.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QtEndian>

#include <gtest/gtest.h>
#include <signal.h>

namespace mente::test {

using console::SshTunnel;
using console::TunnelState;

namespace {

// The per-connection sshd processes under the box's listener (they carry our session).
QList<qint64> sessionProcesses(qint64 listener)
{
    QList<qint64> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == listener)
            children.append(pid);
    }
    return children;
}

// Established TCP connections from this namespace to address:port (/proc/net/tcp, hex fields).
int establishedTo(const QString &address, quint16 port)
{
    QFile tcp(QStringLiteral("/proc/net/tcp"));
    if (!tcp.open(QIODevice::ReadOnly))
        return -1;
    const quint32 ip = QHostAddress(address).toIPv4Address();
    const QByteArray wanted = QByteArray::number(qToBigEndian(ip), 16).toUpper().rightJustified(8, '0') + ':'
                              + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    int count = 0;
    for (const QByteArray &line : tcp.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() > 3 && f.at(2) == wanted && f.at(3) == "01")
            ++count;
    }
    return count;
}

class SshTunnelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(lab().ready()) << lab().error().toStdString();
        ASSERT_TRUE(TunnelLabEnvironment::key().isValid());
    }
    static NamespaceLab &lab() { return TunnelLabEnvironment::lab(); }
    QString device() const { return lab().value(QStringLiteral("LAB_DEVICE_IP")); }

    // Opens a forward and waits for its local port.
    quint16 forward(SshTunnel &tunnel, quint16 targetPort)
    {
        quint16 local = 0;
        QString failed;
        const int id = tunnel.openForward(device(), targetPort);
        QObject context;
        QObject::connect(&tunnel, &SshTunnel::forwardListening, &context, [&](int i, quint16 p) {
            if (i == id)
                local = p;
        });
        QObject::connect(&tunnel, &SshTunnel::forwardFailed, &context, [&](int i, const QString &e) {
            if (i == id)
                failed = e;
        });
        (void)QTest::qWaitFor([&]() { return local != 0 || !failed.isEmpty(); });
        EXPECT_TRUE(failed.isEmpty()) << failed.toStdString();
        return local;
    }
};

TEST_F(SshTunnelTest, ReachesTheCustomerLanEvenWhenItsSubnetIsTheOperatorsOwn)
{
    // Straight from the test's side the address is the operator's own LAN ...
    QTcpSocket direct;
    direct.connectToHost(device(), lab().port(QStringLiteral("LAB_HTTP")));
    ASSERT_TRUE(direct.waitForConnected(3000));
    direct.write("GET /whoami.txt HTTP/1.0\r\n\r\n");
    QByteArray answer;
    while (direct.waitForReadyRead(3000))
        answer += direct.readAll();
    EXPECT_TRUE(answer.endsWith("local-c\n")) << answer.toStdString();

    // ... and through the box it is the customer's device.
    SshTunnel tunnel(TunnelLabEnvironment::endpoint(), TunnelLabEnvironment::fastTimings());
    const quint16 port = forward(tunnel, lab().port(QStringLiteral("LAB_HTTP")));
    ASSERT_NE(port, 0);
    EXPECT_EQ(httpGet(port, "/whoami.txt"), QByteArray("lan-b\n"));
    EXPECT_EQ(tunnel.state(), TunnelState::Up);
}

TEST_F(SshTunnelTest, ComesBackAfterTheSshSessionIsKilledMidTransfer)
{
    SshTunnel tunnel(TunnelLabEnvironment::endpoint(), TunnelLabEnvironment::fastTimings());
    const quint16 port = forward(tunnel, lab().port(QStringLiteral("LAB_HTTP")));
    ASSERT_NE(port, 0);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return tunnel.state() == TunnelState::Up; }));

    QFile big(lab().value(QStringLiteral("LAB_BIG_FILE")));
    ASSERT_TRUE(big.open(QIODevice::ReadOnly));
    const QByteArray whole = big.readAll();

    // A slow reader: take 256 KiB, then the box's sshd for this session is killed.
    QTcpSocket socket;
    socket.setReadBufferSize(64 * 1024);
    socket.connectToHost(QHostAddress::LocalHost, port);
    ASSERT_TRUE(socket.waitForConnected(3000));
    socket.write("GET /big.bin HTTP/1.0\r\n\r\n");
    QByteArray received;
    while (received.size() < 256 * 1024 && socket.waitForReadyRead(5000))
        received += socket.readAll();
    ASSERT_GE(received.size(), 256 * 1024);
    const QList<qint64> session = sessionProcesses(lab().value(QStringLiteral("LAB_BOX_SSHD_PID")).toLongLong());
    ASSERT_FALSE(session.isEmpty());
    for (const qint64 pid : session)
        ::kill(pid_t(pid), SIGKILL);
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
        received += socket.readAll();
    received += socket.readAll();
    EXPECT_LT(received.size(), whole.size()) << "the transfer was not cut";

    // The tunnel comes back by itself on the same local port, and the next fetch is whole.
    ASSERT_TRUE(QTest::qWaitFor([&]() { return tunnel.connects() >= 2 && tunnel.state() == TunnelState::Up; }))
        << tunnel.detail().toStdString();
    const QByteArray again = httpGet(port, "/big.bin");
    EXPECT_EQ(again.size(), whole.size());
    EXPECT_EQ(QCryptographicHash::hash(again, QCryptographicHash::Sha256),
              QCryptographicHash::hash(whole, QCryptographicHash::Sha256));
}

TEST_F(SshTunnelTest, ComesBackAfterTheLinkIsDownForAWhile)
{
    SshTunnel tunnel(TunnelLabEnvironment::endpoint(), TunnelLabEnvironment::fastTimings());
    const quint16 port = forward(tunnel, lab().port(QStringLiteral("LAB_HTTP")));
    ASSERT_NE(port, 0);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return tunnel.state() == TunnelState::Up; }));
    auto link = [&](const char *state) {
        return QProcess::execute(QStringLiteral("ip"),
                                 {QStringLiteral("-n"), lab().value(QStringLiteral("LAB_BOX_NS")),
                                  QStringLiteral("link"), QStringLiteral("set"),
                                  lab().value(QStringLiteral("LAB_BOX_LINK")), QString::fromLatin1(state)});
    };
    // No FIN, no RST: only the keep-alives can tell the link is gone.
    ASSERT_EQ(link("down"), 0);
    const bool noticed = QTest::qWaitFor([&]() { return tunnel.state() == TunnelState::Reconnecting; }, 8000);
    ASSERT_EQ(link("up"), 0);
    EXPECT_TRUE(noticed) << "the dead link went unnoticed";
    ASSERT_TRUE(QTest::qWaitFor([&]() { return tunnel.connects() >= 2 && tunnel.state() == TunnelState::Up; }, 15000))
        << tunnel.detail().toStdString();
    EXPECT_EQ(httpGet(port, "/whoami.txt"), QByteArray("lan-b\n"));
}

TEST_F(SshTunnelTest, CarriesTwoSessionsAtOnceOverOneSshConnection)
{
    SshTunnel tunnel(TunnelLabEnvironment::endpoint(), TunnelLabEnvironment::fastTimings());
    const quint16 web = forward(tunnel, lab().port(QStringLiteral("LAB_HTTP")));
    const quint16 ssh = forward(tunnel, lab().port(QStringLiteral("LAB_DEVICE_SSH")));
    ASSERT_NE(web, 0);
    ASSERT_NE(ssh, 0);

    // An SSH session to the device stays open while a web transfer runs beside it.
    QTcpSocket shell;
    shell.connectToHost(QHostAddress::LocalHost, ssh);
    ASSERT_TRUE(shell.waitForConnected(3000));
    ASSERT_TRUE(shell.waitForReadyRead(5000));
    EXPECT_TRUE(shell.readAll().startsWith("SSH-2.0-OpenSSH")) << "the device's sshd did not greet";
    EXPECT_EQ(httpGet(web, "/big.bin").size(), QFile(lab().value(QStringLiteral("LAB_BIG_FILE"))).size());
    EXPECT_EQ(httpGet(web, "/whoami.txt"), QByteArray("lan-b\n"));
    EXPECT_EQ(shell.state(), QAbstractSocket::ConnectedState);

    EXPECT_EQ(tunnel.connects(), 1);
    EXPECT_EQ(establishedTo(lab().value(QStringLiteral("LAB_BOX_IP")), lab().port(QStringLiteral("LAB_BOX_SSH"))), 1);
}

TEST_F(SshTunnelTest, RefusesABoxWhoseHostKeyIsNotThePinnedOne)
{
    console::TunnelEndpoint endpoint = TunnelLabEnvironment::endpoint();
    const QString real = endpoint.hostKey;
    endpoint.hostKey = QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    SshTunnel tunnel(endpoint, TunnelLabEnvironment::fastTimings());
    QString seen;
    QObject::connect(&tunnel, &SshTunnel::hostKeySeen, &tunnel, [&](const QString &f) { seen = f; });
    ASSERT_TRUE(QTest::qWaitFor([&]() { return tunnel.state() == TunnelState::Failed; }));
    EXPECT_EQ(seen, real);
    EXPECT_TRUE(tunnel.detail().contains(real)) << tunnel.detail().toStdString();
    const quint16 port = forward(tunnel, lab().port(QStringLiteral("LAB_HTTP")));
    ASSERT_NE(port, 0);
    EXPECT_TRUE(httpGet(port, "/whoami.txt", 1500).isEmpty()) << "data went through an unpinned box";
}

} // namespace

} // namespace mente::test
