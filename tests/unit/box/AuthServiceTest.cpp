// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/AuthService.h"

#include "app/BoxConfig.h"
#include "service/OperatorService.h"
#include "service/PasswordHasher.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/LoginFailureStore.h"
#include "store/OperatorStore.h"
#include "store/SessionStore.h"
#include "support/FakeClock.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace mente;
using namespace mente::box;

namespace {
struct AuthFixture : ::testing::Test
{
    void SetUp() override
    {
        db = std::move(Database::open(dir.filePath(QStringLiteral("box.db")))).value();
        config.session.ttlMin = 10;
        operators = std::make_unique<OperatorStore>(*db);
        sessions = std::make_unique<SessionStore>(*db);
        audit = std::make_unique<AuditLog>(*db, clock);
        service = std::make_unique<OperatorService>(*db, *operators, *sessions, *audit, hasher, clock);
        failures = std::make_unique<LoginFailureStore>(*db);
        auth = std::make_unique<AuthService>(*operators, *sessions, *audit, *failures, hasher, clock, config.session,
                                             config.auth);
        ASSERT_TRUE(service->ensureDefaultAdmin().ok());
    }
    QTemporaryDir dir;
    test::FakeClock clock;
    BoxConfig config;
    PasswordHasher hasher;
    std::unique_ptr<Database> db;
    std::unique_ptr<OperatorStore> operators;
    std::unique_ptr<SessionStore> sessions;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<LoginFailureStore> failures;
    std::unique_ptr<OperatorService> service;
    std::unique_ptr<AuthService> auth;
};
} // namespace

TEST_F(AuthFixture, TokensAreStoredHashedAndExpireOnTheClock)
{
    const auto login = auth->login(QStringLiteral("admin"), QStringLiteral("admin"), QStringLiteral("127.0.0.1"));
    ASSERT_TRUE(login.ok());
    EXPECT_GE(login->token.size(), 40);
    EXPECT_EQ(login->expiresAt, clock.now().addSecs(600));
    EXPECT_FALSE(sessions->find(login->token).value()) << "the raw token is not a key of the table";
    EXPECT_TRUE(sessions->find(AuthService::hashToken(login->token)).value());
    EXPECT_TRUE(auth->authenticate(login->token, {}).ok());
    clock.advanceSecs(599);
    EXPECT_TRUE(auth->authenticate(login->token, {}).ok());
    clock.advanceSecs(1);
    EXPECT_EQ(auth->authenticate(login->token, {}).error().code, QStringLiteral("unauthorized"));
}

// A session or operator read that fails is the box's fault: an "internal" error (500), not
// "log in again", and the session is neither dropped nor remembered as missing.
TEST_F(AuthFixture, AReadThatFailsIsAnInternalErrorAndTheSessionStays)
{
    const auto login = auth->login(QStringLiteral("admin"), QStringLiteral("admin"), QStringLiteral("127.0.0.1"));
    ASSERT_TRUE(login.ok());
    const auto renamed = [&](const char *from, const char *to) {
        QSqlQuery q = db->query();
        return exec(q, QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(QLatin1String(from), QLatin1String(to))).ok();
    };
    const auto failsThenWorks = [&](const char *table, const char *away) {
        ASSERT_TRUE(renamed(table, away));
        const auto failed = auth->authenticate(login->token, {});
        ASSERT_FALSE(failed.ok()) << table;
        EXPECT_EQ(failed.error().code, QStringLiteral("internal")) << table;
        ASSERT_TRUE(renamed(away, table));
        EXPECT_TRUE(auth->authenticate(login->token, {}).ok()) << "the failed " << table << " read logged the token out";
    };
    failsThenWorks("operators", "operators_away"); // nothing read yet: the session is read, its operator fails
    ASSERT_TRUE(sessions->removeExpired(clock.now()).ok()); // a write: the session is read afresh
    failsThenWorks("sessions", "sessions_away");
}

TEST_F(AuthFixture, PasswordsAreArgon2idHashes)
{
    const auto stored = operators->activeByLogin(QStringLiteral("admin"));
    ASSERT_TRUE(stored);
    EXPECT_TRUE(stored->passwordHash.startsWith(QStringLiteral("$argon2id$")));
    EXPECT_TRUE(stored->op.mustChangePassword);
    EXPECT_NE(hasher.hash(QStringLiteral("same")), hasher.hash(QStringLiteral("same"))) << "salted";
}

TEST_F(AuthFixture, PasswordChangeEndsOtherSessions)
{
    const auto first = auth->login(QStringLiteral("admin"), QStringLiteral("admin"), {});
    const auto second = auth->login(QStringLiteral("admin"), QStringLiteral("admin"), {});
    const auto actor = auth->authenticate(second->token, {});
    ASSERT_TRUE(auth->changePassword(*actor, QStringLiteral("admin"), QStringLiteral("Atarashii2026")).ok());
    EXPECT_FALSE(auth->authenticate(first->token, {}).ok());
    EXPECT_TRUE(auth->authenticate(second->token, {}).ok());
    EXPECT_FALSE(operators->activeByLogin(QStringLiteral("admin"))->op.mustChangePassword);
}
