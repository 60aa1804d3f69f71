// SPDX-License-Identifier: GPL-3.0-or-later
// Who may call the box-wide decisions (POST /box/ack, DELETE .../ack, POST and DELETE /box/mute):
// every logged-in operator, as for the single acknowledgements and mutes; nobody before the
// default password is changed; and the route table lists them.
#include "BoxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace mente::test;

namespace {
struct Call
{
    QByteArray method;
    const char *path;
    QByteArray body;
};
const Call kCalls[] = {
    {"POST", "/api/v1/box/ack", "{}"},     {"DELETE", "/api/v1/devices/1/ack", {}},
    {"DELETE", "/api/v1/ports/1/ack", {}}, {"POST", "/api/v1/box/mute", R"({"minutes":10})"},
    {"DELETE", "/api/v1/box/mute", {}},
};
} // namespace

TEST_F(BoxTest, BoxWideDecisionsWaitForTheChangedPassword)
{
    startBox({}, false);
    ASSERT_EQ(admin->login(s("admin"), s("admin")).status, 200);
    for (const Call &call : kCalls) {
        const HttpReply r = admin->send(call.method, s(call.path), call.body);
        EXPECT_EQ(r.status, 428) << call.method.constData() << " " << call.path;
        EXPECT_EQ(r.errorCode(), s("password_change_required"));
    }
}

TEST_F(BoxTest, BoxWideDecisionsAreOpenToEveryOperator)
{
    startBox();
    int code = -1;
    const QJsonArray routes = QJsonDocument::fromJson(BoxProcess::run({s("--list-routes")}, &code)).array();
    ASSERT_EQ(code, 0);
    // POST only for the box's acknowledgement; POST and DELETE for the others.
    for (const auto &[pattern, methods] : {std::pair{"/api/v1/box/ack", 1},
                                           {"/api/v1/devices/{id}/ack", 2},
                                           {"/api/v1/ports/{id}/ack", 2},
                                           {"/api/v1/box/mute", 2}}) {
        int found = 0;
        for (const QJsonValue v : routes)
            if (v.toObject().value(s("path")).toString() == s(pattern)) {
                ++found;
                EXPECT_EQ(v.toObject().value(s("access")).toString(), s("operator")) << pattern;
            }
        EXPECT_EQ(found, methods) << pattern;
    }

    createOperator(s("tanto"), false);
    auto tanto = loggedIn(s("tanto"));
    HttpReply r = tanto->post(s("/api/v1/box/ack"), {});
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.json().value(s("acknowledged")).toInt(-1), 0);
    r = tanto->post(s("/api/v1/box/mute"), {{s("minutes"), 10}});
    ASSERT_EQ(r.status, 201);
    EXPECT_EQ(r.json().value(s("mute")).toObject().value(s("createdBy")).toString(), s("tanto"));
    r = tanto->del(s("/api/v1/box/mute"));
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.json().value(s("removed")).toArray().size(), 1);
    EXPECT_EQ(tanto->del(s("/api/v1/devices/999999/ack")).status, 404);
    EXPECT_EQ(tanto->del(s("/api/v1/ports/999999/ack")).status, 404);
    EXPECT_EQ(tanto->del(s("/api/v1/devices/abc/ack")).status, 404);
}
