// SPDX-License-Identifier: GPL-3.0-or-later
// The three reproductions of the API that stopped accepting (30 pending connections in
// QSslServer): idle connections, a flood of opens and closes, a service scan. After each (and
// during the flood) GET /health on a fresh connection answers within a second.
#include "HostileBox.h"
#include "HostileClients.h"

#include <QProcess>

#include <atomic>
#include <gtest/gtest.h>
#include <thread>
#include <unistd.h>

using namespace mente::test;

namespace {
const QByteArray kHealth = getRequest("/api/v1/health");

void expectHealthy(const HostileBox &b, const char *when)
{
    const Probe p = probe(b.apiPort, b.box.fingerprint(), kHealth, 1000);
    EXPECT_EQ(p.status, 200) << when << ": no answer within 1 s";
    EXPECT_LT(p.ms, 1000) << when;
}
} // namespace

TEST(Flood, IdleConnectionsBeyondThirtyLeaveTheApiAnswering)
{
    HostileBox b;
    ASSERT_TRUE(b.start()) << b.box.output().toStdString();
    std::vector<int> idle;
    for (int i = 0; i < 40; ++i) {
        const int fd = HostileClients::connectFrom("127.0.0.1", b.apiPort);
        ASSERT_GE(fd, 0);
        idle.push_back(fd);
    }
    expectHealthy(b, "with 40 idle connections open");
    for (const int fd : idle)
        ::close(fd);
    expectHealthy(b, "after the idle connections closed");
    EXPECT_TRUE(b.box.stop());
}

TEST(Flood, OpenCloseFloodLeavesTheApiAnswering)
{
    HostileBox b;
    ASSERT_TRUE(b.start()) << b.box.output().toStdString();
    std::atomic<bool> stop{false};
    std::atomic<int> opened{0};
    std::thread flood([&] {
        // What a port scanner or a load balancer's TCP check does, 500 at a time, again and again,
        // from its own address (from the console's address the per-address limit would share).
        while (!stop) {
            std::vector<int> fds;
            for (int i = 0; i < 500; ++i)
                if (const int fd = HostileClients::connectFrom("127.0.4.1", b.apiPort); fd >= 0)
                    fds.push_back(fd);
            opened += int(fds.size());
            for (const int fd : fds)
                ::close(fd);
        }
    });
    for (int i = 0; i < 5; ++i)
        expectHealthy(b, "during the open/close flood");
    stop = true;
    flood.join();
    EXPECT_GE(opened.load(), 500);
    expectHealthy(b, "after the open/close flood");
    EXPECT_TRUE(b.box.stop());
}

TEST(Flood, ServiceScanLeavesTheApiAnswering)
{
    HostileBox b;
    ASSERT_TRUE(b.start()) << b.box.output().toStdString();
    QProcess nmap;
    nmap.start(QStringLiteral("nmap"),
               {QStringLiteral("-sV"), QStringLiteral("-p"), QString::number(b.apiPort), QStringLiteral("127.0.0.1")});
    ASSERT_TRUE(nmap.waitForStarted(5000)) << "nmap is not installed (scripts/packages.txt)";
    expectHealthy(b, "while nmap scans");
    ASSERT_TRUE(nmap.waitForFinished(180000));
    EXPECT_EQ(nmap.exitCode(), 0) << nmap.readAllStandardError().toStdString();
    const QByteArray report = nmap.readAllStandardOutput();
    EXPECT_TRUE(report.contains(QByteArray::number(b.apiPort) + "/tcp open")) << report.toStdString();
    expectHealthy(b, "after nmap -sV");
    EXPECT_TRUE(b.box.stop());
}
