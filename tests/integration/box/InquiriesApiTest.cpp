// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoxFixture.h"

#include <QDate>

using namespace mente::test;

TEST_F(BoxTest, InquiryLogIsListedAddedAndEdited)
{
    startBox();
    createOperator(s("uketsuke"), false);
    auto op = loggedIn(s("uketsuke"));
    const HttpReply added = op->post(s("/api/v1/inquiries"), {{s("channel"), s("phone")},
                                                             {s("subject"), s("プリンターが印刷しない")},
                                                             {s("text"), s("2F の複合機。再起動で復旧せず。")}});
    ASSERT_EQ(added.status, 201) << added.body.toStdString();
    const QJsonObject inquiry = added.json();
    EXPECT_EQ(inquiry.value(s("status")).toString(), s("open"));
    EXPECT_EQ(inquiry.value(s("operator")).toString(), s("鈴木 一郎")) << "the operator who took it";
    EXPECT_EQ(inquiry.value(s("date")).toString(), QDate::currentDate().toString(Qt::ISODate));

    const qint64 id = inquiry.value(s("id")).toInteger();
    const HttpReply closed = op->put(s("/api/v1/inquiries/%1").arg(id), {{s("status"), s("closed")}});
    ASSERT_EQ(closed.status, 200) << closed.body.toStdString();
    EXPECT_EQ(closed.json().value(s("status")).toString(), s("closed"));
    EXPECT_EQ(closed.json().value(s("subject")).toString(), s("プリンターが印刷しない"));

    EXPECT_EQ(op->get(s("/api/v1/inquiries")).jsonArray().size(), 1);
    EXPECT_EQ(op->get(s("/api/v1/inquiries?status=open")).jsonArray().size(), 0);
    EXPECT_EQ(op->get(s("/api/v1/inquiries?status=weird")).errorField(), s("status"));
    EXPECT_EQ(op->post(s("/api/v1/inquiries"), {{s("channel"), s("fax")}, {s("subject"), s("x")}}).errorField(), s("channel"));
    EXPECT_EQ(op->post(s("/api/v1/inquiries"), {{s("channel"), s("mail")}}).errorField(), s("subject"));
    EXPECT_EQ(op->put(s("/api/v1/inquiries/%1").arg(id), {{s("date"), s("2026-13-01")}}).errorField(), s("date"));
    EXPECT_EQ(op->put(s("/api/v1/inquiries/999"), {{s("status"), s("open")}}).status, 404);
    EXPECT_TRUE(admin->get(s("/api/v1/audit")).body.contains("inquiry.update"));
}
