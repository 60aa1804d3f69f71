// SPDX-License-Identifier: GPL-3.0-or-later
// A box that goes silent with its connection open (stopped with SIGSTOP: the kernel keeps the
// socket, the box sends nothing, not even its keep-alive) is noticed by the console within three
// of the keep-alive intervals the box announced; the link polls meanwhile, and once the box is
// continued (SIGCONT) the stream is back and carries the box's next event.
#include "api/BoxClient.h"
#include "fleet/BoxLink.h"
#include "fleet/Fleet.h"
#include "store/ConsoleStore.h"
#include "store/LinkTimings.h"
#include "support/BoxProcess.h"
#include "support/FakeVault.h"
#include "support/HttpsClient.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>
#include <iostream>
#include <signal.h>

using namespace mente;
using namespace mente::console;
using mente::test::BoxProcess;
using mente::test::HttpsClient;

namespace {
const QString Password = QStringLiteral("Kanri-2026-secure");

// Continues the box whatever the test's outcome, so that it can be stopped by its pid.
struct Continue
{
    qint64 pid;
    ~Continue()
    {
        if (pid > 0)
            ::kill(pid_t(pid), SIGCONT);
    }
};
} // namespace

TEST(ConsoleStream, ASilentBoxIsNoticedWithinThreeKeepalivesPolledMeanwhileAndFollowedAgainAfterSigcont)
{
    constexpr int keepaliveS = 1;
    BoxProcess box;
    box.setConfig(QStringLiteral("[events]\nkeepalive_s=%1\n").arg(keepaliveS));
    ASSERT_TRUE(box.start()) << box.output().toStdString();
    HttpsClient https(box.apiUrl(), box.fingerprint());
    ASSERT_EQ(https.login(QStringLiteral("admin"), QStringLiteral("admin")).status, 200);
    ASSERT_EQ(https
                  .post(QStringLiteral("/api/v1/session/password"),
                        {{QStringLiteral("current"), QStringLiteral("admin")}, {QStringLiteral("new"), Password}})
                  .status,
              204);
    ASSERT_EQ(https.login(QStringLiteral("admin"), Password).status, 200);

    QTemporaryDir dir;
    ConsoleStore store(dir.path() + QStringLiteral("/console.sqlite"));
    Fleet fleet;
    FakeVault vault;
    BoxRecord record;
    record.id = 1;
    record.url = box.apiUrl();
    record.login = QStringLiteral("admin");
    record.fingerprint = box.fingerprint();
    vault.put(record.passwordKey(), Password);
    QNetworkAccessManager nam;
    LinkTimings timings;
    timings.statusIntervalMs = 60000; // only the stream and the poll in this test
    timings.pollIntervalMs = 300;
    timings.backoffFirstMs = 200;
    timings.backoffMaxMs = 1000;
    BoxLink link(new BoxClient(&nam, &vault, record), &fleet, &store, timings);
    QSignalSpy events(&link, &BoxLink::eventReceived);
    link.start();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return link.streaming(); }, 20000));
    EXPECT_FALSE(link.polling());
    QTest::qWait(2500); // keep-alives come and go: the stream stays
    ASSERT_TRUE(link.streaming());

    // Silent, connection open.
    ASSERT_GT(box.pid(), 0);
    Continue guard{box.pid()};
    ASSERT_EQ(::kill(pid_t(box.pid()), SIGSTOP), 0);
    QElapsedTimer silent;
    silent.start();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return !link.streaming(); }, 10000));
    const qint64 noticedMs = silent.elapsed();
    // The last keep-alive came at most one interval before the stop: lost 2-3 intervals later.
    EXPECT_LE(noticedMs, 3 * keepaliveS * 1000 + 500) << noticedMs;
    EXPECT_GE(noticedMs, (3 - 1) * keepaliveS * 1000 - 200) << noticedMs;
    EXPECT_TRUE(link.polling());
    // While it stays stopped the reconnects find no answer, and the link keeps polling.
    QTest::qWait(4 * keepaliveS * 1000);
    EXPECT_FALSE(link.streaming());
    EXPECT_TRUE(link.polling());
    std::cout << "stream of a stopped box (keepalive_s=" << keepaliveS << ") noticed lost after " << noticedMs
              << " ms\n";

    // Continued: the stream is back, the polling stops, and the box's next event comes by the stream.
    ASSERT_EQ(::kill(pid_t(box.pid()), SIGCONT), 0);
    QElapsedTimer back;
    back.start();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return link.streaming(); }, 3 * 3 * keepaliveS * 1000 + 5000));
    std::cout << "stream back " << back.elapsed() << " ms after SIGCONT\n";
    EXPECT_FALSE(link.polling());
    ASSERT_EQ(https.post(QStringLiteral("/api/v1/box/mute"), {{QStringLiteral("minutes"), 5}}).status, 201);
    ASSERT_TRUE(QTest::qWaitFor(
        [&]() {
            for (const auto &args : events)
                if (args.first().value<Event>().kind == QStringLiteral("mute"))
                    return true;
            return false;
        },
        10000));
    link.stop();
}
