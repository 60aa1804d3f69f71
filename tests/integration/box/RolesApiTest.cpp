// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoxFixture.h"

#include <QJsonDocument>

using namespace mente::test;

namespace {
// The route table as the server registers it (`mente-box --list-routes`).
QJsonArray routeTable()
{
    int code = -1;
    const QByteArray out = BoxProcess::run({s("--list-routes")}, &code);
    EXPECT_EQ(code, 0);
    return QJsonDocument::fromJson(out).array();
}

QString concretePath(QString pattern)
{
    return pattern.replace(s("{id}"), s("1")).replace(s("{keyId}"), s("1"));
}
} // namespace

TEST_F(BoxTest, EveryAdminRouteRefusesANonAdmin)
{
    startBox();
    createOperator(s("tanto"), false);
    auto tanto = loggedIn(s("tanto"));
    const QJsonArray routes = routeTable();
    int adminRoutes = 0;
    for (const QJsonValue &value : routes) {
        const QJsonObject route = value.toObject();
        if (route.value(s("access")).toString() != s("admin"))
            continue;
        ++adminRoutes;
        const QString path = concretePath(route.value(s("path")).toString());
        const QByteArray method = route.value(s("method")).toString().toLatin1();
        const HttpReply reply = tanto->send(method, path, method == "GET" || method == "DELETE" ? QByteArray() : QByteArray("{}"));
        EXPECT_EQ(reply.status, 403) << method.constData() << " " << path.toStdString();
        EXPECT_EQ(reply.errorCode(), s("forbidden"));
    }
    // The table must hold the admin routes API.md names; a table that lost them would make this test empty.
    EXPECT_GE(adminRoutes, 8);
}

TEST_F(BoxTest, EveryNonPublicRouteWantsAToken)
{
    startBox();
    auto anonymous = client();
    for (const QJsonValue &value : routeTable()) {
        const QJsonObject route = value.toObject();
        if (route.value(s("access")).toString() == s("public"))
            continue;
        const QString path = concretePath(route.value(s("path")).toString());
        const QByteArray method = route.value(s("method")).toString().toLatin1();
        if (path.endsWith(s("/stream")))
            continue; // a stream answers 401 too, but the client would wait for the body
        EXPECT_EQ(anonymous->send(method, path, {}).status, 401) << method.constData() << " " << path.toStdString();
    }
}

// The SSH key routes are open to operators, but only for their own keys: operator 1 is the admin.
TEST_F(BoxTest, SshKeyRoutesRefuseSomeoneElsesKeys)
{
    startBox();
    const qint64 tanto = createOperator(s("tanto"), false);
    auto operatorClient = loggedIn(s("tanto"));
    int keyRoutes = 0;
    for (const QJsonValue &value : routeTable()) {
        const QJsonObject route = value.toObject();
        if (!route.value(s("path")).toString().contains(s("/ssh-keys")))
            continue;
        ++keyRoutes;
        EXPECT_EQ(route.value(s("access")).toString(), s("operator"));
        const QString path = concretePath(route.value(s("path")).toString());
        const QByteArray method = route.value(s("method")).toString().toLatin1();
        const HttpReply reply = operatorClient->send(method, path, method == "POST" ? QByteArray("{}") : QByteArray());
        EXPECT_EQ(reply.status, 403) << method.constData() << " " << path.toStdString();
    }
    EXPECT_EQ(keyRoutes, 3); // GET, POST /operators/{id}/ssh-keys and DELETE .../{keyId}
    EXPECT_EQ(operatorClient->get(s("/api/v1/operators/%1/ssh-keys").arg(tanto)).status, 200);
}

TEST_F(BoxTest, OperatorsReadButDoNotAdminister)
{
    startBox();
    createOperator(s("tanto"), false);
    auto tanto = loggedIn(s("tanto"));
    EXPECT_EQ(tanto->get(s("/api/v1/status")).status, 200);
    EXPECT_EQ(tanto->get(s("/api/v1/customer")).status, 200);
    EXPECT_EQ(tanto->get(s("/api/v1/devices")).status, 200);
    EXPECT_EQ(tanto->put(s("/api/v1/customer"), validCustomer()).status, 403);
    EXPECT_EQ(tanto->get(s("/api/v1/operators")).status, 403);
    EXPECT_EQ(tanto->get(s("/api/v1/audit")).status, 403);
}

TEST_F(BoxTest, UnknownRoutesAndMethods)
{
    startBox();
    EXPECT_EQ(admin->get(s("/api/v1/nothing-here")).status, 404);
    EXPECT_EQ(admin->send("DELETE", s("/api/v1/status"), {}).status, 405);
    EXPECT_EQ(admin->get(s("/api/v1/operators/abc")).status, 404);
    EXPECT_EQ(admin->get(s("/api/v1/operators/999")).status, 404);
}
