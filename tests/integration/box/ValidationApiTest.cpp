// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoxFixture.h"

using namespace mente::test;

namespace {
struct BadInput
{
    const char *method;
    const char *path;
    const char *field;
    QJsonValue value;
    const char *expectedField; // usually field
};

QJsonObject validOperator()
{
    return {{s("admin"), false},          {s("name"), s("佐藤")},           {s("email"), s("sato@example.jp")},
            {s("phone"), s("03-1111-2222")}, {s("login"), s("sato")},        {s("password"), s("Himitsu2026s")}};
}
} // namespace

TEST_F(BoxTest, EachKindOfBadFieldIsNamedAndChangesNothing)
{
    startBox();
    const QByteArray auditBefore = admin->get(s("/api/v1/audit")).body;
    const BadInput cases[] = {
        {"PUT", "/api/v1/customer", "email", s("hanako-at-example.jp"), "email"},
        {"PUT", "/api/v1/customer", "phone", s("call me"), "phone"},
        {"PUT", "/api/v1/customer", "subdomain", s("Not_A_Label"), "subdomain"},
        {"PUT", "/api/v1/customer", "postalCode", s("1000"), "postalCode"},
        {"PUT", "/api/v1/customer", "contactFamilyKana", s("山田"), "contactFamilyKana"},
        {"PUT", "/api/v1/customer", "reportDay", 0, "reportDay"},
        {"PUT", "/api/v1/customer", "reportDay", s("31"), "reportDay"},
        {"PUT", "/api/v1/customer", "company", QJsonValue(), "company"},
        {"PUT", "/api/v1/customer", "company", QJsonValue(QJsonArray{1}), "company"},
        {"PUT", "/api/v1/customer", "language", s("fr"), "language"},
        {"PUT", "/api/v1/customer", "notify", s("all"), "notify"},
        {"POST", "/api/v1/operators", "email", s("x@"), "email"},
        {"POST", "/api/v1/operators", "login", s("a b"), "login"},
        {"POST", "/api/v1/operators", "password", s("short1"), "password"},
        {"POST", "/api/v1/operators", "password", s("onlyletters"), "password"},
        {"POST", "/api/v1/operators", "phone", s("12"), "phone"},
        {"POST", "/api/v1/operators", "admin", s("yes"), "admin"},
        {"POST", "/api/v1/operators", "language", s("de"), "language"},
        {"POST", "/api/v1/operators", "name", QString(200, QLatin1Char('x')), "name"},
        {"PUT", "/api/v1/license", "key", s("1234-5678-9ABC-DEF0"), "key"},
        {"PUT", "/api/v1/license", "key", s("not a key"), "key"},
        {"POST", "/api/v1/devices", "ip", s("300.1.1.1"), "ip"},
        {"POST", "/api/v1/devices", "ip", 12, "ip"},
    };
    for (const BadInput &c : cases) {
        QJsonObject body;
        if (QByteArray(c.path).endsWith("customer"))
            body = validCustomer();
        else if (QByteArray(c.path).endsWith("operators"))
            body = validOperator();
        body.insert(s(c.field), c.value);
        const HttpReply reply = admin->send(c.method, s(c.path), QJsonDocument(body).toJson());
        EXPECT_EQ(reply.status, 400) << c.path << " " << c.field << " " << reply.body.toStdString();
        EXPECT_EQ(reply.errorCode(), s("validation")) << c.path << " " << c.field;
        EXPECT_EQ(reply.errorField(), s(c.expectedField)) << c.path << " " << c.field << " " << reply.body.toStdString();
        EXPECT_FALSE(reply.json().value(s("error")).toObject().value(s("message")).toString().isEmpty());
    }
    // Nothing was changed: no customer, no operator but the admin, no device, no audit entry.
    EXPECT_FALSE(admin->get(s("/api/v1/customer")).json().value(s("registered")).toBool());
    EXPECT_EQ(admin->get(s("/api/v1/operators")).jsonArray().size(), 1);
    EXPECT_EQ(admin->get(s("/api/v1/devices")).jsonArray().size(), 0);
    EXPECT_EQ(admin->get(s("/api/v1/audit")).body, auditBefore);
}

TEST_F(BoxTest, BrokenJsonIsA400NeverA500)
{
    startBox();
    const QByteArray bodies[] = {"", "{", "[1,2,3]", "\"text\"", "{\"company\": }", "\xff\xfe{}", "null",
                                 QByteArray(5000, '{')};
    for (const char *path : {"/api/v1/customer", "/api/v1/operators", "/api/v1/license", "/api/v1/session",
                             "/api/v1/operators/delete", "/api/v1/devices"}) {
        for (const QByteArray &body : bodies) {
            const QByteArray method = QByteArray(path).endsWith("customer") || QByteArray(path).endsWith("license")
                                          ? QByteArray("PUT")
                                          : QByteArray("POST");
            const HttpReply reply = admin->send(method, s(path), body);
            EXPECT_EQ(reply.status, 400) << path << " body " << body.left(20).toStdString();
            EXPECT_EQ(reply.errorCode(), s("json")) << path << " " << reply.body.toStdString();
        }
    }
}

TEST_F(BoxTest, OversizedBodiesAre413)
{
    startBox(s("[api]\nmax_body_bytes=4096\n"));
    QJsonObject customer = validCustomer();
    customer.insert(s("remark"), QString(8000, QLatin1Char('a')));
    const HttpReply reply = admin->put(s("/api/v1/customer"), customer);
    EXPECT_EQ(reply.status, 413);
    EXPECT_EQ(reply.errorCode(), s("too_large"));
    EXPECT_FALSE(admin->get(s("/api/v1/customer")).json().value(s("registered")).toBool());
}

TEST_F(BoxTest, BadQueryParametersAreNamed)
{
    startBox();
    const HttpReply reply = admin->get(s("/api/v1/audit?after=-3"));
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.errorField(), s("after"));
    EXPECT_EQ(admin->get(s("/api/v1/audit?limit=abc")).errorField(), s("limit"));
}
