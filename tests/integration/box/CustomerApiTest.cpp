// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoxFixture.h"
#include "support/SeedExample.h"

#include <QDate>

using namespace mente::test;

TEST_F(BoxTest, FirstSaveIsTheRegistrationAndRecordsItsTime)
{
    startBox();
    HttpReply before = admin->get(s("/api/v1/customer"));
    ASSERT_EQ(before.status, 200);
    EXPECT_FALSE(before.json().value(s("registered")).toBool());
    EXPECT_TRUE(before.json().value(s("registeredAt")).isNull());

    const HttpReply saved = admin->put(s("/api/v1/customer"), validCustomer());
    ASSERT_EQ(saved.status, 200) << saved.body.toStdString();
    EXPECT_TRUE(saved.json().value(s("registered")).toBool());
    const QString registeredAt = saved.json().value(s("registeredAt")).toString();
    EXPECT_FALSE(registeredAt.isEmpty());
    EXPECT_EQ(saved.json().value(s("notify")).toObject().value(s("device")).toBool(), true);

    QJsonObject changed = validCustomer();
    changed.insert(s("remark"), s("二階のサーバー室"));
    const HttpReply again = admin->put(s("/api/v1/customer"), changed);
    ASSERT_EQ(again.status, 200);
    EXPECT_EQ(again.json().value(s("registeredAt")).toString(), registeredAt) << "registration time stays";
    EXPECT_EQ(admin->get(s("/api/v1/customer")).json().value(s("remark")).toString(), s("二階のサーバー室"));

    const HttpReply status = admin->get(s("/api/v1/status"));
    EXPECT_EQ(status.json().value(s("customerName")).toString(), s("株式会社サンプル"));
    EXPECT_EQ(status.json().value(s("subdomain")).toString(), s("sample"));
    EXPECT_TRUE(status.json().value(s("registered")).toBool());
}

TEST_F(BoxTest, LicenceOnlyAfterRegistrationAndForOneYear)
{
    startBox();
    const HttpReply early = admin->put(s("/api/v1/license"), {{s("key"), s("1234-5678-9ABC-DEFR")}});
    EXPECT_EQ(early.status, 409);
    EXPECT_EQ(early.errorCode(), s("not_registered"));
    EXPECT_FALSE(admin->get(s("/api/v1/license")).json().value(s("registered")).toBool());

    ASSERT_EQ(admin->put(s("/api/v1/customer"), validCustomer()).status, 200);
    const HttpReply licence = admin->put(s("/api/v1/license"), {{s("key"), s("1234-5678-9abc-defr")}});
    ASSERT_EQ(licence.status, 200) << licence.body.toStdString();
    const QJsonObject l = licence.json();
    EXPECT_EQ(l.value(s("key")).toString(), s("1234-5678-9ABC-DEFR"));
    const QDate start = QDate::fromString(l.value(s("startDate")).toString(), Qt::ISODate);
    const QDate end = QDate::fromString(l.value(s("endDate")).toString(), Qt::ISODate);
    EXPECT_EQ(start, QDate::currentDate());
    EXPECT_EQ(end, start.addYears(1).addDays(-1));
    EXPECT_TRUE(l.value(s("valid")).toBool());
    EXPECT_FALSE(l.value(s("registeredAt")).toString().isEmpty());
    EXPECT_EQ(admin->get(s("/api/v1/status")).json().value(s("licenceKey")).toString(), s("1234-5678-9ABC-DEFR"));
}

TEST_F(BoxTest, VpnPasswordOnlyOnRequestAndAudited)
{
    startBox(s("[vpn]\nhub=HUB01\nuser=box01\npassword=Hub-Secret-77\n"));
    const HttpReply box = admin->get(s("/api/v1/box"));
    ASSERT_EQ(box.status, 200);
    EXPECT_FALSE(box.body.contains("Hub-Secret-77"));
    EXPECT_EQ(box.json().value(s("vpnHub")).toString(), s("HUB01"));
    EXPECT_TRUE(box.json().value(s("vpnPasswordSet")).toBool());
    EXPECT_TRUE(box.json().value(s("tlsFingerprint")).toString() == this->box.fingerprint());

    const HttpReply reveal = admin->get(s("/api/v1/box/vpn-password"));
    ASSERT_EQ(reveal.status, 200);
    EXPECT_EQ(reveal.json().value(s("password")).toString(), s("Hub-Secret-77"));
    const HttpReply audit = admin->get(s("/api/v1/audit"));
    EXPECT_TRUE(audit.body.contains("box.vpn-password.reveal"));
    EXPECT_FALSE(audit.body.contains("Hub-Secret-77"));
}

// The seed's registration example (§29 ①: よみがな in hiragana, 電話番号 0368200326, 住所2 with 3階)
// registers through PUT /customer exactly as the manual writes it, and reads back unchanged.
TEST_F(BoxTest, TheSeedsRegistrationExampleRegistersUnchanged)
{
    startBox();
    const QJsonObject example = seedRegistrationExample();
    const HttpReply saved = admin->put(s("/api/v1/customer"), example);
    ASSERT_EQ(saved.status, 200) << saved.body.toStdString();
    const QJsonObject stored = admin->get(s("/api/v1/customer")).json();
    EXPECT_TRUE(stored.value(s("registered")).toBool());
    for (auto it = example.begin(); it != example.end(); ++it)
        EXPECT_EQ(stored.value(it.key()), it.value()) << it.key().toStdString();

    // Full-width digits as an IME leaves them are stored half width.
    QJsonObject typed = example;
    typed.insert(s("phone"), s("０３－６８２０－０３２６"));
    const HttpReply again = admin->put(s("/api/v1/customer"), typed);
    ASSERT_EQ(again.status, 200) << again.body.toStdString();
    EXPECT_EQ(again.json().value(s("phone")).toString(), s("03-6820-0326"));

    QJsonObject bad = example;
    bad.insert(s("prefecture"), s("東京"));
    const HttpReply refused = admin->put(s("/api/v1/customer"), bad);
    EXPECT_EQ(refused.status, 400);
    EXPECT_EQ(refused.errorField(), s("prefecture")) << refused.body.toStdString();
}
