// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailBoxSupport.h"

#include <gtest/gtest.h>

namespace mente::test {

QString mailConfig(quint16 port, const QString &extra)
{
    return QStringLiteral("[box]\nserial=MAILTEST0001\n"
                          "[mail]\nsmtp_url=smtp://127.0.0.1:%1\nfrom=box@example.jp\n"
                          "retry_min_s=1\nretry_max_s=2\ntimeout_s=5\n%2")
        .arg(port)
        .arg(extra);
}

QJsonObject customerJson(const QString &language)
{
    return {
        {QStringLiteral("company"), QStringLiteral("F X C株式会社")},
        {QStringLiteral("companyKana"), QStringLiteral("エフエックスシー カブシキガイシャ")},
        {QStringLiteral("contactFamily"), QStringLiteral("山田")},
        {QStringLiteral("contactGiven"), QStringLiteral("花子")},
        {QStringLiteral("postalCode"), QStringLiteral("174-0056")},
        {QStringLiteral("prefecture"), QStringLiteral("東京都")},
        {QStringLiteral("address1"), QStringLiteral("板橋区志村1-15-1")},
        {QStringLiteral("email"), QStringLiteral("hanako@customer.example.jp")},
        {QStringLiteral("phone"), QStringLiteral("0368200326")},
        {QStringLiteral("subdomain"), QStringLiteral("fxc")},
        {QStringLiteral("language"), language},
    };
}

void prepareOperators(HttpsClient &api)
{
    ASSERT_EQ(api.login(QStringLiteral("admin"), QStringLiteral("admin")).status, 200);
    ASSERT_EQ(api.post(QStringLiteral("/api/v1/session/password"),
                       {{QStringLiteral("current"), QStringLiteral("admin")}, {QStringLiteral("new"), kAdminPassword}})
                  .status,
              204);
    ASSERT_EQ(api.login(QStringLiteral("admin"), kAdminPassword).status, 200);
    const auto me = api.put(QStringLiteral("/api/v1/operators/1"), {{QStringLiteral("email"), QStringLiteral("admin@si.example.jp")},
                                                                     {QStringLiteral("language"), QStringLiteral("en")}});
    ASSERT_EQ(me.status, 200) << me.body.constData();
    auto add = [&](const QString &login, const QString &name, bool admin) {
        const auto r = api.post(QStringLiteral("/api/v1/operators"),
                                {{QStringLiteral("admin"), admin},
                                 {QStringLiteral("name"), name},
                                 {QStringLiteral("email"), login + QStringLiteral("@si.example.jp")},
                                 {QStringLiteral("receivesFaultMail"), true},
                                 {QStringLiteral("phone"), QStringLiteral("0368200326")},
                                 {QStringLiteral("login"), login},
                                 {QStringLiteral("password"), QStringLiteral("Passw0rdLong")},
                                 {QStringLiteral("language"), QStringLiteral("ja")}});
        ASSERT_EQ(r.status, 201) << r.body.constData();
    };
    add(QStringLiteral("suzuki"), QStringLiteral("鈴木一郎"), true);
    add(QStringLiteral("tanaka"), QStringLiteral("田中"), false);
}

void registerCustomerAndLicence(HttpsClient &api)
{
    const auto c = api.put(QStringLiteral("/api/v1/customer"), customerJson());
    ASSERT_EQ(c.status, 200) << c.body.constData();
    const auto l = api.put(QStringLiteral("/api/v1/license"), {{QStringLiteral("key"), QStringLiteral("1234-5678-9ABC-DEFR")}});
    ASSERT_EQ(l.status, 200) << l.body.constData();
}

const ReceivedMail *find(const QList<ReceivedMail> &mails, const QString &to, const QString &subjectPart)
{
    for (const ReceivedMail &m : mails)
        if (m.to == QStringList{to} && m.mail.subject.contains(subjectPart))
            return &m;
    return nullptr;
}

QJsonArray outbox(HttpsClient &api, const QString &query)
{
    const auto r = api.get(QStringLiteral("/api/v1/outbox") + query);
    EXPECT_EQ(r.status, 200) << r.body.constData();
    return r.jsonArray();
}

bool allSent(HttpsClient &api, int count)
{
    const QJsonArray list = outbox(api);
    if (list.size() != count)
        return false;
    for (const QJsonValue &v : list)
        if (v.toObject().value(QStringLiteral("state")).toString() != QLatin1String("sent"))
            return false;
    return true;
}

} // namespace mente::test
