// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/LoginThrottle.h"

#include "store/Database.h"
#include "store/LoginFailureStore.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace mente::box;

namespace {
const QDateTime t0 = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
const QString key = QStringLiteral("admin");

// The throttle on a real SQLite database, opened afresh by reopen() as a restart of the box does.
struct LoginThrottleTest : ::testing::Test
{
    void SetUp() override { reopen(); }
    void reopen()
    {
        store.reset();
        db.reset();
        db = std::move(Database::open(dir.filePath(QStringLiteral("box.db")))).value();
        store = std::make_unique<LoginFailureStore>(*db);
    }
    LoginThrottle make(int maxFailures, int lockoutS, const QDateTime &now = t0)
    {
        return LoginThrottle(maxFailures, lockoutS, *store, QStringLiteral("login"), now);
    }
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<LoginFailureStore> store;
};
} // namespace

TEST_F(LoginThrottleTest, LocksAfterTheFifthFailureForTheLockoutTime)
{
    LoginThrottle throttle = make(5, 300);
    for (int i = 0; i < 4; ++i) {
        throttle.failure(key, t0.addSecs(i));
        EXPECT_EQ(throttle.lockedFor(key, t0.addSecs(i)), 0) << i;
    }
    throttle.failure(key, t0.addSecs(4));
    EXPECT_EQ(throttle.lockedFor(key, t0.addSecs(4)), 300);
    EXPECT_EQ(throttle.lockedFor(key, t0.addSecs(304 - 1)), 1);
    EXPECT_EQ(throttle.lockedFor(key, t0.addSecs(304)), 0);
    EXPECT_EQ(throttle.lockedFor(QStringLiteral("other"), t0.addSecs(4)), 0);
}

TEST_F(LoginThrottleTest, SuccessClearsAndOldFailuresAreForgotten)
{
    LoginThrottle throttle = make(3, 60);
    throttle.failure(key, t0);
    throttle.failure(key, t0.addSecs(1));
    throttle.success(key);
    throttle.failure(key, t0.addSecs(2));
    EXPECT_EQ(throttle.lockedFor(key, t0.addSecs(2)), 0);
    throttle.failure(key, t0.addSecs(3));
    // more than a lockout period later the count starts again
    throttle.failure(key, t0.addSecs(200));
    EXPECT_EQ(throttle.lockedFor(key, t0.addSecs(200)), 0);
}

TEST_F(LoginThrottleTest, ALockAndACountSurviveARestart)
{
    {
        LoginThrottle throttle = make(3, 60);
        for (int i = 0; i < 3; ++i)
            throttle.failure(key, t0.addSecs(i));
        throttle.failure(QStringLiteral("bob"), t0.addSecs(2));
        throttle.failure(QStringLiteral("bob"), t0.addSecs(2));
    }
    reopen();
    LoginThrottle after = make(3, 60, t0.addSecs(10));
    EXPECT_EQ(after.lockedFor(key, t0.addSecs(10)), 52);
    EXPECT_EQ(after.lockedFor(key, t0.addSecs(62)), 0);
    // bob's two failures still count: the third locks him, not a fresh first.
    EXPECT_EQ(after.lockedFor(QStringLiteral("bob"), t0.addSecs(10)), 0);
    after.failure(QStringLiteral("bob"), t0.addSecs(10));
    EXPECT_EQ(after.lockedFor(QStringLiteral("bob"), t0.addSecs(10)), 60);
    // Another scope on the same table knows nothing of them.
    LoginThrottle byAddress(3, 60, *store, QStringLiteral("address"), t0.addSecs(10));
    EXPECT_EQ(byAddress.lockedFor(key, t0.addSecs(10)), 0);
}

TEST_F(LoginThrottleTest, ASuccessAndAnExpiredLockAreGoneAfterARestart)
{
    {
        LoginThrottle throttle = make(2, 30);
        throttle.failure(key, t0);
        throttle.failure(key, t0.addSecs(1)); // locked until t0+31
        throttle.failure(QStringLiteral("bob"), t0);
        throttle.success(QStringLiteral("bob"));
    }
    reopen();
    LoginThrottle after = make(2, 30, t0.addSecs(100));
    EXPECT_EQ(after.lockedFor(key, t0.addSecs(100)), 0);
    after.failure(key, t0.addSecs(100));
    EXPECT_EQ(after.lockedFor(key, t0.addSecs(100)), 0) << "an old lock does not count towards a new one";
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM login_failures")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1) << "the stale rows were pruned at start, bob's removed at his success";
}

TEST_F(LoginThrottleTest, KeysAreStoredAsTheirHashOnly)
{
    const QString typed = QStringLiteral("Mistyped-Password-In-The-Login-Field");
    LoginThrottle throttle = make(5, 60);
    throttle.failure(typed.toLower(), t0);
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT key_hash FROM login_failures")) && q.next());
    EXPECT_EQ(q.value(0).toString().size(), 64);
    EXPECT_FALSE(q.value(0).toString().contains(typed.toLower()));
}

// With the box's key, the table holds the HMAC of a name, not its plain SHA-256 (which a dictionary
// would match); the same key after a restart finds the lock again, another key does not.
TEST_F(LoginThrottleTest, NamesAreStoredUnderTheBoxsKeyOnly)
{
    const QByteArray boxKey(32, '\x5a');
    const QString typed = QStringLiteral("Hunter2-typed-as-the-name");
    {
        LoginThrottle throttle(3, 60, *store, QStringLiteral("login"), t0, boxKey);
        for (int i = 0; i < 3; ++i)
            throttle.failure(typed, t0.addSecs(i));
        EXPECT_EQ(throttle.lockedFor(typed, t0.addSecs(3)), 59);
    }
    const auto rows = store->load(QStringLiteral("login"), t0.addSecs(-60));
    ASSERT_EQ(rows.size(), 1);
    const QString plain =
        QString::fromLatin1(QCryptographicHash::hash(typed.toUtf8(), QCryptographicHash::Sha256).toHex());
    const QString keyed = QString::fromLatin1(
        QMessageAuthenticationCode::hash(typed.toUtf8(), boxKey, QCryptographicHash::Sha256).toHex());
    EXPECT_FALSE(rows.contains(plain));
    EXPECT_TRUE(rows.contains(keyed));

    reopen();
    LoginThrottle sameKey(3, 60, *store, QStringLiteral("login"), t0.addSecs(10), boxKey);
    EXPECT_EQ(sameKey.lockedFor(typed, t0.addSecs(10)), 52);
    LoginThrottle otherKey(3, 60, *store, QStringLiteral("login"), t0.addSecs(10), QByteArray(32, '\x01'));
    EXPECT_EQ(otherKey.lockedFor(typed, t0.addSecs(10)), 0);
}
