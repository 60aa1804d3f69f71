// SPDX-License-Identifier: GPL-3.0-or-later
// Slowloris: 1,000 connections that send a byte a second and never finish. The box closes each
// within its deadline (handshake on the API, request head on the setup page), and a real
// client's GET /api/v1/status meanwhile takes at most twice its normal time.
#include "HostileBox.h"
#include "HostileClients.h"

#include <algorithm>
#include <cstdio>
#include <gtest/gtest.h>
#include <thread>

using namespace mente::test;

namespace {
constexpr int kConnections = 1000;
constexpr int kSources = 20; // 50 connections from each of 127.0.1.1..20: under the per-address limit
constexpr int kDeadlineS = 2;

qint64 median(std::vector<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? -1 : values.at(values.size() / 2);
}

std::vector<qint64> statusTimes(const HostileBox &b, HttpsClient &client, int count, int pauseMs)
{
    std::vector<qint64> times;
    for (int i = 0; i < count; ++i) {
        times.push_back(b.timedStatus(client));
        std::this_thread::sleep_for(std::chrono::milliseconds(pauseMs));
    }
    return times;
}

// `acceptMs`: how long the box may take to accept all 1,000 (each deadline counts from its accept).
void slowloris(quint16 HostileBox::*port, const QByteArray &prefix, int acceptMs)
{
    HostileClients::raiseFileLimit();
    HostileBox b;
    ASSERT_TRUE(b.start(QStringLiteral("[api]\nhandshake_timeout_s=%1\nheader_timeout_s=%1\nmax_connections=3000\n"
                                       "[setup]\nheader_timeout_s=%1\nmax_connections=3000\n")
                            .arg(kDeadlineS)))
        << b.box.output().toStdString();
    auto client = b.client();
    client->setToken(b.admin->token());
    const std::vector<qint64> before = statusTimes(b, *client, 9, 50);
    ASSERT_EQ(std::count(before.begin(), before.end(), -1), 0);
    const qint64 normal = median(before);

    std::vector<int> fds;
    for (int i = 0; i < kConnections; ++i) {
        const QByteArray source = "127.0.1." + QByteArray::number(1 + i % kSources);
        const int fd = HostileClients::connectFrom(source.constData(), b.*port);
        ASSERT_GE(fd, 0) << "connect " << i;
        fds.push_back(fd);
    }
    HostileClients::Closed closed;
    std::thread attack([&] { closed = HostileClients::trickle(fds, prefix, 'a', 1000, (kDeadlineS + 4) * 1000); });
    const std::vector<qint64> during = statusTimes(b, *client, 9, 300); // spread over the attack
    attack.join();

    ASSERT_EQ(std::count(during.begin(), during.end(), -1), 0);
    std::printf("[ measure  ] GET /status median %lld ms before, %lld ms during; %d of %d closed, the last after "
                "%lld ms\n",
                static_cast<long long>(normal), static_cast<long long>(median(during)), closed.count, kConnections,
                static_cast<long long>(closed.latestMs));
    // Twice the normal time, plus 25 ms for timer and scheduling noise on a busy 2-core machine.
    EXPECT_LE(median(during), 2 * normal + 25) << "normal " << normal << " ms";
    EXPECT_EQ(closed.count, kConnections) << closed.openMs.size() << " trickling connections still open";
    EXPECT_LE(closed.latestMs, kDeadlineS * 1000 + acceptMs + 1000)
        << "the last was closed after " << closed.latestMs << " ms";
    EXPECT_EQ(probe(b.apiPort, b.box.fingerprint(), getRequest("/api/v1/health"), 1000).status, 200);
    EXPECT_TRUE(b.box.stop());
}
} // namespace

TEST(Slowloris, ApiClosesTricklingHandshakesAtTheDeadline)
{
    // A TLS record header that announces a 512-byte ClientHello, then the hello one byte a second.
    // Each TLS connection gets its own OpenSSL context at accept (about 1-2 ms here, more on a loaded
    // machine), so accepting 1,000 at once takes a while.
    slowloris(&HostileBox::apiPort, QByteArray("\x16\x03\x01\x02\x00", 5), 2500);
}

TEST(Slowloris, SetupPageClosesTricklingHeadersAtTheDeadline)
{
    slowloris(&HostileBox::setupPort, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ", 500);
}
