// SPDX-License-Identifier: GPL-3.0-or-later
// Brute force across restarts (#15 item 1): the lock of a login ID (423) and the throttle of a
// client address (429) are stored, so a restart of the real box keeps them until the lockout
// time has passed; the setup page obeys the same locks. A name typed at login reaches the log
// and the audit at most 64 characters long, and a name no operator has (perhaps a password typed
// into the wrong field) never whole.
#include "MailTestSupport.h"
#include "SetupClient.h"
#include "support/BoxProcess.h"
#include "support/HttpsClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace mente::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

constexpr int kLockoutS = 12;

class LockoutRestartTest : public ::testing::Test
{
protected:
    void startBox(int maxFailures = 3)
    {
        box.setConfig(QStringLiteral("[auth]\nmax_failures=%1\nlockout_s=%2\n").arg(maxFailures).arg(kLockoutS));
        ASSERT_TRUE(box.start()) << qPrintable(box.output());
    }
    HttpReply login(const QString &name, const QString &password)
    {
        HttpsClient api(box.apiUrl(), box.fingerprint());
        return api.login(name, password);
    }
    int setupStatus(const QString &name, const QString &password)
    {
        SetupClient page(box.setupUrl());
        page.setCredentials(name, password);
        return page.get(s("/")).status;
    }
    void restart()
    {
        ASSERT_TRUE(box.stop()) << qPrintable(box.output());
        log += box.output();
        ASSERT_TRUE(box.start()) << qPrintable(box.output());
    }
    // Polls a right login until it gets in; the ms it took from since, or -1.
    qint64 msUntilAdminGetsIn(const QElapsedTimer &since)
    {
        const bool in = waitUntil([&] { return login(s("admin"), s("admin")).status == 200; }, (kLockoutS + 10) * 1000);
        return in ? since.elapsed() : -1;
    }
    QJsonArray audit()
    {
        HttpsClient admin(box.apiUrl(), box.fingerprint());
        EXPECT_EQ(admin.login(s("admin"), s("admin")).status, 200);
        EXPECT_EQ(admin.post(s("/api/v1/session/password"), {{s("current"), s("admin")}, {s("new"), s("Kx7lockBox9")}})
                      .status,
                  204);
        const HttpReply audit = admin.get(s("/api/v1/audit"));
        EXPECT_EQ(audit.status, 200);
        return audit.jsonArray();
    }

    BoxProcess box;
    QString log; // the output of every run of the box
};

} // namespace

TEST_F(LockoutRestartTest, ALockedLoginIdStaysLockedAcrossARestartUntilTheLockoutEnds)
{
    ASSERT_NO_FATAL_FAILURE(startBox());
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(login(s("admin"), s("wrong-%1").arg(i)).status, 401) << i;
    QElapsedTimer lockedAt;
    lockedAt.start();
    EXPECT_EQ(login(s("admin"), s("admin")).status, 423) << "locked: even the right password is refused";

    ASSERT_NO_FATAL_FAILURE(restart());
    ASSERT_LT(lockedAt.elapsed(), (kLockoutS - 4) * 1000) << "the restart took too long to tell anything";
    const HttpReply after = login(s("admin"), s("admin"));
    EXPECT_EQ(after.status, 423) << after.body.constData();
    EXPECT_EQ(after.errorCode(), s("locked"));
    EXPECT_EQ(setupStatus(s("admin"), s("admin")), 423) << "the setup page obeys the same lock";
    // The address failed three times too: another login ID from it is held back.
    EXPECT_EQ(login(s("nobody"), s("x")).status, 429);

    const qint64 ms = msUntilAdminGetsIn(lockedAt);
    ASSERT_GE(ms, 0) << "the lock never ended";
    EXPECT_GE(ms, (kLockoutS - 1) * 1000) << "the lock ended early";
    EXPECT_EQ(setupStatus(s("admin"), s("admin")), 200);
}

TEST_F(LockoutRestartTest, AThrottledAddressStaysThrottledAcrossARestart)
{
    ASSERT_NO_FATAL_FAILURE(startBox());
    // Three different names, one failure each: no login ID is locked, the address is.
    for (const char *name : {"ghost1", "ghost2", "ghost3"})
        ASSERT_EQ(login(s(name), s("guess")).status, 401) << name;
    QElapsedTimer throttledAt;
    throttledAt.start();
    EXPECT_EQ(login(s("admin"), s("admin")).status, 429);

    ASSERT_NO_FATAL_FAILURE(restart());
    ASSERT_LT(throttledAt.elapsed(), (kLockoutS - 4) * 1000) << "the restart took too long to tell anything";
    const HttpReply after = login(s("admin"), s("admin"));
    EXPECT_EQ(after.status, 429) << after.body.constData();
    EXPECT_EQ(after.errorCode(), s("rate_limited"));
    EXPECT_EQ(setupStatus(s("admin"), s("admin")), 429);

    const qint64 ms = msUntilAdminGetsIn(throttledAt);
    ASSERT_GE(ms, 0) << "the throttle never ended";
    EXPECT_GE(ms, (kLockoutS - 1) * 1000) << "the throttle ended early";
}

TEST_F(LockoutRestartTest, LoginNamesReachTheLogAndTheAuditCutAndNeverAWholePassword)
{
    ASSERT_NO_FATAL_FAILURE(startBox(10)); // three failures below lock nothing
    QString huge;
    for (int i = 0; huge.size() < 10000; ++i)
        huge += s("Pw%1-").arg(i);
    huge.truncate(10000);
    const QString mistyped = s("Hunter2-Typed-In-The-Name"); // a password typed into the name field

    // The API refuses a name over 64 characters before it is checked; the setup page's Basic
    // login has no such form, so the long name reaches the check there.
    const HttpReply api = login(huge, s("x"));
    EXPECT_EQ(api.status, 400);
    EXPECT_EQ(api.errorField(), s("login"));
    EXPECT_FALSE(api.body.contains(huge.left(65).toUtf8()));
    EXPECT_EQ(setupStatus(huge, s("x")), 401);
    EXPECT_EQ(login(mistyped, s("admin")).status, 401);
    EXPECT_EQ(login(s("admin"), s("Not-The-Password")).status, 401);

    const QJsonArray rows = audit();
    const QString audit = QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
    ASSERT_TRUE(box.stop());
    log += box.output();
    QStringList failedLogins;
    for (const QJsonValue &row : rows)
        if (row[s("action")].toString() == s("session.login.failed"))
            failedLogins << row[s("login")].toString();
    EXPECT_EQ(failedLogins.size(), 3) << qPrintable(audit.left(2000));
    EXPECT_TRUE(failedLogins.contains(s("admin"))) << "a real login ID is kept as it is";
    EXPECT_TRUE(log.contains(s("failed login for")));
    for (const QString &where : {audit, log}) {
        EXPECT_FALSE(where.contains(huge.left(65))) << "a name longer than 64 characters";
        EXPECT_FALSE(where.contains(huge.left(10)));
        EXPECT_FALSE(where.contains(mistyped)) << "a name no operator has is never kept whole";
        EXPECT_FALSE(where.contains(mistyped.left(3)));
        EXPECT_TRUE(where.contains(s("(10000 characters, no such login ID)")));
        EXPECT_TRUE(where.contains(s("(25 characters, no such login ID)")));
        EXPECT_FALSE(where.contains(mistyped.left(2) + QChar(0x2026))) << "not even its first characters";
        EXPECT_FALSE(where.contains(s("Not-The-Password")));
    }
}
