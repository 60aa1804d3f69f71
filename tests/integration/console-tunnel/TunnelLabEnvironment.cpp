// SPDX-License-Identifier: GPL-3.0-or-later
#include "TunnelLabEnvironment.h"

#include <QFile>
#include <QHostAddress>
#include <QTcpSocket>

namespace mente::test {

namespace {
[[maybe_unused]] ::testing::Environment *const g_lab = ::testing::AddGlobalTestEnvironment(new TunnelLabEnvironment);
}

NamespaceLab &TunnelLabEnvironment::lab()
{
    static NamespaceLab lab(QStringLiteral(TUNNEL_LAB_SCRIPT));
    return lab;
}

void TunnelLabEnvironment::SetUp()
{
    if (!lab().up())
        return;
    s_key = console::SshKeyPair::generate();
    QFile keys(lab().value(QStringLiteral("LAB_AUTHORIZED_KEYS")));
    if (s_key.isValid() && keys.open(QIODevice::WriteOnly))
        keys.write(s_key.publicLine(QStringLiteral("console-test")).toUtf8() + '\n');
}

void TunnelLabEnvironment::TearDown()
{
    lab().down();
}

console::TunnelEndpoint TunnelLabEnvironment::endpoint()
{
    console::TunnelEndpoint e;
    e.host = lab().value(QStringLiteral("LAB_BOX_IP"));
    e.port = lab().port(QStringLiteral("LAB_BOX_SSH"));
    e.user = QStringLiteral("root");
    e.hostKey = lab().value(QStringLiteral("LAB_BOX_HOSTKEY"));
    e.privateKey = s_key.privateKey();
    return e;
}

console::TunnelTimings TunnelLabEnvironment::fastTimings()
{
    console::TunnelTimings t;
    t.connectTimeoutS = 2;
    t.keepAliveS = 1;
    t.deadLinkS = 2;
    t.firstRetryMs = 100;
    t.maxRetryMs = 500;
    t.pendingLimitS = 10;
    return t;
}

QByteArray httpGet(quint16 port, const QByteArray &path, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write("GET " + path + " HTTP/1.0\r\n\r\n");
    QByteArray all;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(timeoutMs))
        all += socket.readAll();
    all += socket.readAll();
    const qsizetype split = all.indexOf("\r\n\r\n");
    return split < 0 ? QByteArray() : all.mid(split + 4);
}

} // namespace mente::test
