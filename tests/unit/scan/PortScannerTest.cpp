// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/PortScanner.h"

#include <QElapsedTimer>
#include <QTcpServer>

#include <gtest/gtest.h>
#include <memory>
#include <set>

using namespace mente::box;

namespace {
// A port nobody listens on: bind, note the port, close.
quint16 closedPort()
{
    QTcpServer s;
    EXPECT_TRUE(s.listen(QHostAddress::LocalHost, 0));
    const quint16 port = s.serverPort();
    s.close();
    return port;
}
} // namespace

TEST(PortScanner, FindsExactlyTheListeningPorts)
{
    std::vector<std::unique_ptr<QTcpServer>> servers;
    std::set<quint16> expectedOpen;
    std::vector<quint16> ports;
    for (int i = 0; i < 5; ++i) {
        auto s = std::make_unique<QTcpServer>();
        ASSERT_TRUE(s->listen(QHostAddress::LocalHost, 0));
        expectedOpen.insert(s->serverPort());
        ports.push_back(s->serverPort());
        servers.push_back(std::move(s));
    }
    for (int i = 0; i < 20; ++i)
        ports.push_back(closedPort());
    std::sort(ports.begin(), ports.end());
    ports.erase(std::unique(ports.begin(), ports.end()), ports.end());

    PortScanner scanner(QHostAddress::LocalHost, ports);
    std::set<quint16> open;
    int lastDone = -1;
    scanner.onOpen([&](quint16 p) { open.insert(p); });
    scanner.onProgress([&](int done, int total) {
        EXPECT_EQ(total, int(ports.size()));
        lastDone = done;
    });
    const auto result = scanner.run();
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(open, expectedOpen);
    EXPECT_EQ(result->open, int(expectedOpen.size()));
    EXPECT_EQ(result->open + result->closed + result->filtered, int(ports.size()));
    EXPECT_EQ(lastDone, int(ports.size()));
}

TEST(PortScanner, ScansManyPortsWithFewSocketsInFlight)
{
    QTcpServer server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    std::vector<quint16> ports;
    for (int i = 0; i < 300; ++i)
        ports.push_back(closedPort());
    ports.push_back(server.serverPort());
    std::sort(ports.begin(), ports.end());
    ports.erase(std::unique(ports.begin(), ports.end()), ports.end());
    PortScanOptions options;
    options.maxInFlight = 4;
    PortScanner scanner(QHostAddress::LocalHost, ports, options);
    std::set<quint16> open;
    scanner.onOpen([&](quint16 p) { open.insert(p); });
    const auto result = scanner.run();
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(open, std::set<quint16>{server.serverPort()});
}

TEST(PortScanner, CancelStopsTheScan)
{
    PortScanner scanner(QHostAddress::LocalHost, {1, 2, 3});
    scanner.cancel();
    const auto result = scanner.run();
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("cancelled"));
}

TEST(PortScanner, RejectsANonAddress)
{
    PortScanner scanner(QHostAddress(), {22});
    EXPECT_FALSE(scanner.run().ok());
}

TEST(ConnectProber, KeepsToItsRateAndStopsAtTheFirstAnswerOfAHost)
{
    // Two loopback "hosts", ten closed ports each: one refusal proves a host up, so with
    // stopHostOnAnswer only one attempt per host is made; the rate spaces the attempts.
    std::vector<quint16> ports;
    for (int i = 0; i < 10; ++i)
        ports.push_back(closedPort());
    PortScanOptions options;
    options.maxRatePps = 20;
    options.stopHostOnAnswer = true;
    ConnectProber prober({QHostAddress(QStringLiteral("127.0.0.1")), QHostAddress(QStringLiteral("127.0.0.2"))}, ports,
                         options);
    int attempts = 0;
    prober.onResult([&](int, quint16, ConnectOutcome outcome) {
        EXPECT_EQ(outcome, ConnectOutcome::Refused);
        ++attempts;
    });
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(prober.run().ok());
    EXPECT_EQ(attempts, 2);
    EXPECT_GE(clock.elapsed(), 40); // the second attempt waited its turn (50 ms at 20 per second)

    // Without stopping at the first answer, all 20 pairs are tried, 50 ms apart.
    options.stopHostOnAnswer = false;
    ConnectProber all({QHostAddress(QStringLiteral("127.0.0.1")), QHostAddress(QStringLiteral("127.0.0.2"))}, ports,
                      options);
    attempts = 0;
    all.onResult([&](int, quint16, ConnectOutcome) { ++attempts; });
    clock.restart();
    ASSERT_TRUE(all.run().ok());
    EXPECT_EQ(attempts, 20);
    EXPECT_GE(clock.elapsed(), 19 * 50 - 20);
}
