// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoxFixture.h"

using namespace mente::test;

TEST_F(BoxTest, DevicesAndPortRowsByHand)
{
    startBox();
    const HttpReply added = admin->post(s("/api/v1/devices"), {{s("ip"), s("192.0.2.20")}});
    ASSERT_EQ(added.status, 201) << added.body.toStdString();
    const qint64 id = added.json().value(s("id")).toInteger();
    EXPECT_EQ(added.json().value(s("state")).toString(), s("unknown"));
    EXPECT_EQ(admin->post(s("/api/v1/devices"), {{s("ip"), s("192.0.2.20")}}).status, 409);

    const HttpReply patched = admin->patch(s("/api/v1/devices/%1").arg(id),
                                           {{s("name"), s("複合機")}, {s("memo"), s("2F")},
                                            {s("accessUrl"), s("https://192.0.2.20/")}});
    ASSERT_EQ(patched.status, 200) << patched.body.toStdString();
    EXPECT_EQ(patched.json().value(s("name")).toString(), s("複合機"));
    EXPECT_EQ(admin->patch(s("/api/v1/devices/%1").arg(id), {{s("accessUrl"), s("::nope")}}).errorField(), s("accessUrl"));
    EXPECT_EQ(admin->patch(s("/api/v1/devices/%1").arg(id), {{s("monitor"), 1}}).errorField(), s("monitor"));
    EXPECT_EQ(admin->patch(s("/api/v1/devices/9999"), {{s("name"), s("x")}}).status, 404);

    const HttpReply port = admin->post(s("/api/v1/devices/%1/ports").arg(id), {{s("port"), 2222}, {s("protocol"), s("ssh")}});
    ASSERT_EQ(port.status, 201) << port.body.toStdString();
    EXPECT_EQ(port.json().value(s("protocol")).toString(), s("SSH"));
    EXPECT_EQ(admin->post(s("/api/v1/devices/%1/ports").arg(id), {{s("port"), 2222}}).status, 409);
    EXPECT_EQ(admin->post(s("/api/v1/devices/%1/ports").arg(id), {{s("port"), 0}}).errorField(), s("port"));
    EXPECT_EQ(admin->post(s("/api/v1/devices/%1/ports").arg(id), {{s("port"), 70000}}).errorField(), s("port"));
    EXPECT_EQ(admin->post(s("/api/v1/devices/9999/ports"), {{s("port"), 22}}).status, 404);

    const qint64 portId = port.json().value(s("id")).toInteger();
    const HttpReply renamed = admin->patch(s("/api/v1/ports/%1").arg(portId), {{s("protocol"), s("Modbus")}});
    ASSERT_EQ(renamed.status, 200);
    EXPECT_EQ(renamed.json().value(s("protocol")).toString(), s("Modbus"));
    EXPECT_EQ(admin->patch(s("/api/v1/ports/%1").arg(portId), {{s("protocol"), s("x\u0007")}}).errorField(), s("protocol"));

    const QJsonArray devices = admin->get(s("/api/v1/devices")).jsonArray();
    ASSERT_EQ(devices.size(), 1);
    EXPECT_EQ(devices.first().toObject().value(s("ports")).toArray().size(), 1);
    EXPECT_EQ(admin->del(s("/api/v1/devices/%1").arg(id)).status, 204);
    EXPECT_EQ(admin->get(s("/api/v1/devices")).jsonArray().size(), 0);
}
