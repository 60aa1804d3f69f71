// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoxFixture.h"

namespace mente::test {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

void BoxTest::SetUp() {}

void BoxTest::TearDown()
{
    admin.reset();
    EXPECT_TRUE(box.stop()) << box.output().toStdString();
}

void BoxTest::startBox(const QString &config, bool changePassword)
{
    box.setConfig(config);
    ASSERT_TRUE(box.start()) << box.output().toStdString();
    admin = client();
    if (!changePassword)
        return;
    HttpReply login = admin->login(s("admin"), s("admin"));
    if (login.status == 401) { // restarted box: the password was changed before
        login = admin->login(s("admin"), kAdminPassword);
        ASSERT_EQ(login.status, 200) << login.body.toStdString();
        return;
    }
    ASSERT_EQ(login.status, 200) << login.body.toStdString();
    const HttpReply change =
        admin->post(s("/api/v1/session/password"), {{s("current"), s("admin")}, {s("new"), kAdminPassword}});
    ASSERT_EQ(change.status, 204) << change.body.toStdString();
}

std::unique_ptr<HttpsClient> BoxTest::client() const
{
    return std::make_unique<HttpsClient>(box.apiUrl(), box.fingerprint());
}

qint64 BoxTest::createOperator(const QString &login, bool isAdmin, const QString &password)
{
    const HttpReply reply = admin->post(s("/api/v1/operators"), {{s("admin"), isAdmin},
                                                                 {s("name"), s("鈴木 一郎")},
                                                                 {s("email"), login + s("@example.jp")},
                                                                 {s("phone"), s("03-6820-0328")},
                                                                 {s("login"), login},
                                                                 {s("password"), password},
                                                                 {s("receivesFaultMail"), true}});
    EXPECT_EQ(reply.status, 201) << reply.body.toStdString();
    return reply.json().value(s("id")).toInteger();
}

std::unique_ptr<HttpsClient> BoxTest::loggedIn(const QString &login, const QString &password)
{
    auto c = client();
    const HttpReply reply = c->login(login, password);
    EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
    return c;
}

QJsonObject validCustomer()
{
    return {{s("company"), s("株式会社サンプル")},
            {s("companyKana"), s("カブシキガイシャサンプル")},
            {s("contactFamily"), s("山田")},
            {s("contactFamilyKana"), s("ヤマダ")},
            {s("contactGiven"), s("花子")},
            {s("contactGivenKana"), s("ハナコ")},
            {s("postalCode"), s("100-0001")},
            {s("prefecture"), s("東京都")},
            {s("address1"), s("千代田区千代田1-1")},
            {s("address1Kana"), s("チヨダク チヨダ")},
            {s("email"), s("hanako@example.jp")},
            {s("phone"), s("03-1234-5678")},
            {s("subdomain"), s("sample")},
            {s("reportDay"), 15},
            {s("mailOnFault"), true},
            {s("notify"), QJsonObject{{s("vpn"), true}, {s("box"), false}, {s("device"), true}}}};
}

} // namespace mente::test
