// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoxFixture.h"

#include <QThread>

using namespace mente::test;

TEST_F(BoxTest, HealthNeedsNoLoginAndShowsTheVersion)
{
    startBox({}, false);
    const HttpReply health = client()->get(s("/api/v1/health"));
    ASSERT_EQ(health.status, 200);
    EXPECT_EQ(health.json().value(s("status")).toString(), s("ok"));
    EXPECT_EQ(health.json().value(s("version")).toString(), s(MENTE_VERSION));
    EXPECT_FALSE(health.json().value(s("serial")).toString().isEmpty());
}

TEST_F(BoxTest, DefaultAdminMustChangePasswordBeforeAnythingElse)
{
    startBox({}, false);
    const HttpReply login = admin->login(s("admin"), s("admin"));
    ASSERT_EQ(login.status, 200) << login.body.toStdString();
    EXPECT_TRUE(login.json().value(s("mustChangePassword")).toBool());
    EXPECT_FALSE(login.json().value(s("expiresAt")).toString().isEmpty());
    EXPECT_EQ(login.json().value(s("operator")).toObject().value(s("login")).toString(), s("admin"));

    for (const char *path : {"/api/v1/status", "/api/v1/box", "/api/v1/customer", "/api/v1/operators", "/api/v1/devices"})
        EXPECT_EQ(admin->get(s(path)).status, 428) << path;

    // The new password must follow the policy and the current one must be right.
    HttpReply weak = admin->post(s("/api/v1/session/password"), {{s("current"), s("admin")}, {s("new"), s("admin")}});
    EXPECT_EQ(weak.status, 400);
    EXPECT_EQ(weak.errorField(), s("new"));
    HttpReply wrong = admin->post(s("/api/v1/session/password"), {{s("current"), s("nope")}, {s("new"), kAdminPassword}});
    EXPECT_EQ(wrong.status, 400);
    EXPECT_EQ(wrong.errorField(), s("current"));

    HttpReply change = admin->post(s("/api/v1/session/password"), {{s("current"), s("admin")}, {s("new"), kAdminPassword}});
    ASSERT_EQ(change.status, 204) << change.body.toStdString();
    EXPECT_EQ(admin->get(s("/api/v1/status")).status, 200);

    // The default password is gone for good.
    EXPECT_EQ(client()->login(s("admin"), s("admin")).status, 401);
    const HttpReply again = client()->login(s("admin"), kAdminPassword);
    EXPECT_EQ(again.status, 200);
    EXPECT_FALSE(again.json().value(s("mustChangePassword")).toBool());
}

TEST_F(BoxTest, MissingOrForgedTokensAreRefused)
{
    startBox();
    auto anonymous = client();
    const HttpReply none = anonymous->get(s("/api/v1/status"));
    EXPECT_EQ(none.status, 401);
    EXPECT_FALSE(none.header("WWW-Authenticate").isEmpty());
    anonymous->setToken(admin->token() + s("x"));
    EXPECT_EQ(anonymous->get(s("/api/v1/status")).status, 401);
}

TEST_F(BoxTest, LogoutRevokesTheToken)
{
    startBox();
    const QString token = admin->token();
    EXPECT_EQ(admin->del(s("/api/v1/session")).status, 204);
    auto other = client();
    other->setToken(token);
    EXPECT_EQ(other->get(s("/api/v1/status")).status, 401);
}

TEST_F(BoxTest, TokensExpireAfterTheConfiguredTime)
{
    startBox(s("[session]\nttl_min=0.05\n")); // three seconds
    EXPECT_EQ(admin->get(s("/api/v1/status")).status, 200);
    QThread::msleep(3500);
    const HttpReply expired = admin->get(s("/api/v1/status"));
    EXPECT_EQ(expired.status, 401);
    EXPECT_TRUE(expired.json().value(s("error")).toObject().value(s("message")).toString().contains(s("expired")));
}

TEST_F(BoxTest, FiveWrongPasswordsLockTheLoginEvenForTheRightPassword)
{
    startBox(s("[auth]\nlockout_s=3\n"));
    createOperator(s("tanaka"), false);
    auto c = client();
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(c->login(s("tanaka"), s("wrong-password1")).status, 401) << i;
    const HttpReply locked = c->login(s("tanaka"), s("Himitsu2026x"));
    EXPECT_EQ(locked.status, 423) << locked.body.toStdString();
    // Other logins from the same address are held back too (429), since the address failed 5 times.
    EXPECT_EQ(c->login(s("admin"), kAdminPassword).status, 429);
    QThread::msleep(3200);
    EXPECT_EQ(c->login(s("tanaka"), s("Himitsu2026x")).status, 200);
}

TEST_F(BoxTest, FailuresSpreadOverLoginsThrottleTheAddress)
{
    startBox();
    auto c = client();
    for (const char *login : {"nobody1", "nobody2", "nobody3", "nobody4", "nobody5"})
        EXPECT_EQ(c->login(s(login), s("Whatever2026")).status, 401);
    EXPECT_EQ(c->login(s("admin"), kAdminPassword).status, 429);
}
