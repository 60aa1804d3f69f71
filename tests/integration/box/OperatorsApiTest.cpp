// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoxFixture.h"

using namespace mente::test;

TEST_F(BoxTest, OperatorsAreCreatedReadEditedAndSoftRemoved)
{
    startBox();
    const qint64 id = createOperator(s("suzuki"), false);
    ASSERT_GT(id, 0);
    HttpReply got = admin->get(s("/api/v1/operators/%1").arg(id));
    ASSERT_EQ(got.status, 200);
    EXPECT_EQ(got.json().value(s("name")).toString(), s("鈴木 一郎"));
    EXPECT_FALSE(got.json().contains(s("password")));
    EXPECT_FALSE(got.body.contains("Himitsu2026x"));

    HttpReply edited = admin->put(s("/api/v1/operators/%1").arg(id), {{s("phone"), s("03-9999-0000")}, {s("language"), s("en")}});
    ASSERT_EQ(edited.status, 200) << edited.body.toStdString();
    EXPECT_EQ(edited.json().value(s("phone")).toString(), s("03-9999-0000"));
    EXPECT_EQ(edited.json().value(s("language")).toString(), s("en"));
    EXPECT_EQ(edited.json().value(s("email")).toString(), s("suzuki@example.jp")); // untouched

    auto suzuki = loggedIn(s("suzuki"));
    EXPECT_EQ(admin->del(s("/api/v1/operators/%1").arg(id)).status, 204);
    EXPECT_EQ(suzuki->get(s("/api/v1/status")).status, 401) << "sessions end with the removal";
    EXPECT_EQ(client()->login(s("suzuki"), s("Himitsu2026x")).status, 401);
    // The row stays, with its removal time, for the audit log.
    HttpReply removed = admin->get(s("/api/v1/operators/%1").arg(id));
    ASSERT_EQ(removed.status, 200);
    EXPECT_FALSE(removed.json().value(s("removedAt")).isNull());
    EXPECT_EQ(admin->get(s("/api/v1/operators")).jsonArray().size(), 1);
    EXPECT_EQ(admin->get(s("/api/v1/operators?removed=true")).jsonArray().size(), 2);
    EXPECT_EQ(admin->del(s("/api/v1/operators/%1").arg(id)).status, 404);
}

TEST_F(BoxTest, DuplicateLoginIs409)
{
    startBox();
    createOperator(s("kato"), false);
    const HttpReply dup = admin->post(s("/api/v1/operators"), {{s("admin"), false},
                                                              {s("name"), s("加藤")},
                                                              {s("email"), s("kato2@example.jp")},
                                                              {s("phone"), s("03-1111-2222")},
                                                              {s("login"), s("kato")},
                                                              {s("password"), s("Himitsu2026k")}});
    EXPECT_EQ(dup.status, 409);
    EXPECT_EQ(dup.errorField(), s("login"));
    const qint64 other = createOperator(s("ito"), false);
    const HttpReply rename = admin->put(s("/api/v1/operators/%1").arg(other), {{s("login"), s("kato")}});
    EXPECT_EQ(rename.status, 409);
    EXPECT_EQ(admin->put(s("/api/v1/operators/%1").arg(other), {{s("login"), s("admin")}}).status, 409);
}

TEST_F(BoxTest, BulkRemovalIsAllOrNothing)
{
    startBox();
    const qint64 a = createOperator(s("ando"), false);
    const qint64 b = createOperator(s("baba"), false);
    const HttpReply bad = admin->post(s("/api/v1/operators/delete"), {{s("ids"), QJsonArray{a, 9999, b}}});
    EXPECT_EQ(bad.status, 404);
    EXPECT_EQ(bad.errorField(), s("ids[1]"));
    EXPECT_EQ(admin->get(s("/api/v1/operators")).jsonArray().size(), 3);
    EXPECT_EQ(admin->post(s("/api/v1/operators/delete"), {{s("ids"), s("1,2")}}).errorField(), s("ids"));
    EXPECT_EQ(admin->post(s("/api/v1/operators/delete"), {{s("ids"), QJsonArray{a, s("x")}}}).errorField(), s("ids[1]"));

    const HttpReply ok = admin->post(s("/api/v1/operators/delete"), {{s("ids"), QJsonArray{a, b}}});
    ASSERT_EQ(ok.status, 200) << ok.body.toStdString();
    EXPECT_EQ(ok.json().value(s("removed")).toArray().size(), 2);
    EXPECT_EQ(admin->get(s("/api/v1/operators")).jsonArray().size(), 1);
}

TEST_F(BoxTest, TheLastAdministratorStays)
{
    startBox();
    const HttpReply self = admin->del(s("/api/v1/operators/1"));
    EXPECT_EQ(self.status, 409);
    EXPECT_EQ(admin->put(s("/api/v1/operators/1"), {{s("admin"), false}}).status, 409);
    EXPECT_EQ(admin->put(s("/api/v1/operators/1"), {{s("enabled"), false}}).status, 409);
    const qint64 second = createOperator(s("nibanme"), true);
    EXPECT_EQ(admin->del(s("/api/v1/operators/%1").arg(second)).status, 204);
}

TEST_F(BoxTest, DisabledOperatorsCannotLogIn)
{
    startBox();
    const qint64 id = createOperator(s("muko"), false);
    auto muko = loggedIn(s("muko"));
    ASSERT_EQ(admin->put(s("/api/v1/operators/%1").arg(id), {{s("enabled"), false}}).status, 200);
    EXPECT_EQ(muko->get(s("/api/v1/status")).status, 401);
    EXPECT_EQ(client()->login(s("muko"), s("Himitsu2026x")).status, 401);
}

TEST_F(BoxTest, EveryChangeIsAuditedWithoutSecrets)
{
    startBox();
    const qint64 id = createOperator(s("kansa"), false);
    admin->put(s("/api/v1/operators/%1").arg(id), {{s("password"), s("Kawatta2026pw")}});
    admin->put(s("/api/v1/customer"), validCustomer());
    const HttpReply audit = admin->get(s("/api/v1/audit"));
    ASSERT_EQ(audit.status, 200);
    QStringList actions;
    for (const QJsonValue &v : audit.jsonArray())
        actions << v.toObject().value(s("action")).toString();
    for (const char *expected : {"operator.create", "session.login", "session.password.change", "operator.update",
                                 "customer.register"})
        EXPECT_TRUE(actions.contains(s(expected))) << expected;
    EXPECT_FALSE(audit.body.contains("Kawatta2026pw"));
    EXPECT_FALSE(audit.body.contains("Himitsu2026x"));
    EXPECT_FALSE(audit.body.contains(kAdminPassword.toUtf8()));
}
