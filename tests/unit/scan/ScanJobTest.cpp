// SPDX-License-Identifier: GPL-3.0-or-later
// The scan engine against small in-process services on loopback: each speaks just enough of a
// protocol (or misbehaves) to exercise one path. The real servers are in the integration test.
#include "scan/ScanJob.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <gtest/gtest.h>
#include <map>
#include <memory>

using namespace mente::box;

namespace {

// Runs `onConnection` for each accepted client.
class TinyService : public QObject
{
public:
    explicit TinyService(std::function<void(QTcpSocket *)> onConnection) : m_onConnection(std::move(onConnection))
    {
        EXPECT_TRUE(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                m_onConnection(s);
        });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
    std::function<void(QTcpSocket *)> m_onConnection;
};

void greet(QTcpSocket *s, const QByteArray &text)
{
    s->write(text);
}

} // namespace

TEST(ScanJob, IdentifiesByAnswerAndBoundsHostileServices)
{
    TinyService ssh([](QTcpSocket *s) { greet(s, "SSH-2.0-TinySSH\r\n"); });
    TinyService vnc([](QTcpSocket *s) { greet(s, "RFB 003.008\n"); });
    TinyService telnet([](QTcpSocket *s) { greet(s, QByteArray("\xff\xfd\x18\xff\xfd\x20", 6)); });
    TinyService http([](QTcpSocket *s) {
        QObject::connect(s, &QTcpSocket::readyRead, s, [s] {
            if (s->peek(4096).startsWith("GET /") && s->peek(4096).contains("\r\n\r\n"))
                s->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        });
    });
    TinyService ftp([](QTcpSocket *s) { greet(s, "220 Tiny FTP ready\r\n"); });
    TinyService endless([](QTcpSocket *s) {
        auto *timer = new QTimer(s);
        QObject::connect(timer, &QTimer::timeout, s, [s] {
            if (s->bytesToWrite() < 1 << 20)
                s->write(QByteArray(65536, '\x01'));
        });
        timer->start(1);
    });
    TinyService silent([](QTcpSocket *) {}); // accepts and says nothing, forever

    std::map<quint16, QString> expected{{ssh.port(), QStringLiteral("SSH")},
                                        {vnc.port(), QStringLiteral("VNC")},
                                        {telnet.port(), QStringLiteral("TELNET")},
                                        {http.port(), QStringLiteral("HTTP")},
                                        {ftp.port(), QString()},
                                        {endless.port(), QString()},
                                        {silent.port(), QString()}};
    QStringList list;
    for (const auto &[port, protocol] : expected)
        list << QString::number(port);
    const auto ports = PortList::parse(list.join(QLatin1Char(',')));
    ASSERT_TRUE(ports.ok());

    ScanJobOptions options;
    options.identify.bannerWaitMs = 300;
    options.identify.probeTimeoutMs = 600;
    ScanJob job(QHostAddress::LocalHost, ports.value(), options);
    QSignalSpy finished(&job, &ScanJob::finished);
    QElapsedTimer clock;
    clock.start();
    job.start();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_LT(clock.elapsed(), 3000); // every connection bounded in time
    EXPECT_FALSE(job.failed());
    EXPECT_EQ(job.portsDone(), job.portsTotal());

    const QList<Identification> open = job.openPorts();
    ASSERT_EQ(open.size(), int(expected.size()));
    for (const Identification &id : open) {
        ASSERT_TRUE(expected.count(id.port));
        EXPECT_EQ(id.protocol, expected[id.port]) << id.port;
        EXPECT_LE(id.banner.size(), 256);
        if (id.port == ftp.port()) {
            EXPECT_EQ(id.banner, QStringLiteral("220 Tiny FTP ready\\r\\n"));
        }
        if (id.port == endless.port()) {
            EXPECT_TRUE(id.banner.startsWith(QStringLiteral("\\x01\\x01")));
        }
    }
}

TEST(ScanJob, AHostThatAcceptsEverythingIsBounded)
{
    // Four listeners stand for a host answering every port: only maxIdentified are probed and
    // kept, the rest only counted.
    std::vector<std::unique_ptr<TinyService>> services;
    QStringList list;
    for (int i = 0; i < 4; ++i) {
        services.push_back(std::make_unique<TinyService>([](QTcpSocket *s) { greet(s, "SSH-2.0-x\r\n"); }));
        list << QString::number(services.back()->port());
    }
    ScanJobOptions options;
    options.maxIdentified = 2;
    ScanJob job(QHostAddress::LocalHost, PortList::parse(list.join(QLatin1Char(','))).value(), options);
    QSignalSpy finished(&job, &ScanJob::finished);
    job.start();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(job.openPorts().size(), 2);
    EXPECT_EQ(job.openPortsOmitted(), 2);
}
