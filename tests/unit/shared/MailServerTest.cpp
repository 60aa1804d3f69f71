// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of GET/PUT /api/v1/box/mail and the setup page's /mail (shared/MailServer), which
// box.conf's reader shares: each bad field is refused by its wire name.
#include "shared/MailServer.h"

#include <QJsonDocument>

#include <cmath>
#include <gtest/gtest.h>
#include <limits>

using namespace mente;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject good()
{
    return {{s("smtpUrl"), s("smtp://mail.example.jp:587")},
            {s("security"), s("starttls")},
            {s("user"), s("box01")},
            {s("from"), s("box@example.jp")},
            {s("repeatMin"), 60}};
}

QJsonObject with(const char *key, const QJsonValue &value)
{
    QJsonObject o = good();
    if (value.isUndefined())
        o.remove(s(key));
    else
        o.insert(s(key), value);
    return o;
}
} // namespace

TEST(MailServer, AGoodBodyReadsWithThePasswordLeftAsItIs)
{
    QJsonObject body = good();
    body.insert(s("password"), s("  spaces kept  "));
    const auto u = MailServerUpdate::fromJson(body);
    ASSERT_TRUE(u.ok()) << qPrintable(u.error().message);
    EXPECT_EQ(u->server.smtpUrl, s("smtp://mail.example.jp:587"));
    EXPECT_EQ(u->server.security, s("starttls"));
    EXPECT_EQ(u->server.user, s("box01"));
    EXPECT_EQ(u->server.from, s("box@example.jp"));
    EXPECT_DOUBLE_EQ(u->server.repeatMin, 60);
    ASSERT_TRUE(u->password.has_value());
    EXPECT_EQ(*u->password, s("  spaces kept  "));
}

TEST(MailServer, AbsentPasswordKeepsEmptyClearsNullClears)
{
    const auto keep = MailServerUpdate::fromJson(good());
    ASSERT_TRUE(keep.ok());
    EXPECT_FALSE(keep->password.has_value());
    for (const QJsonValue &clear : {QJsonValue(s("")), QJsonValue(QJsonValue::Null)}) {
        const auto cleared = MailServerUpdate::fromJson(with("password", clear));
        ASSERT_TRUE(cleared.ok());
        ASSERT_TRUE(cleared->password.has_value());
        EXPECT_TRUE(cleared->password->isEmpty());
    }
}

TEST(MailServer, NoServerAndNoUserAreAllowed)
{
    QJsonObject body = with("smtpUrl", s(""));
    body.remove(s("user"));
    const auto u = MailServerUpdate::fromJson(body);
    ASSERT_TRUE(u.ok()) << qPrintable(u.error().message);
    EXPECT_TRUE(u->server.smtpUrl.isEmpty());
    EXPECT_TRUE(u->server.user.isEmpty());
    EXPECT_TRUE(MailServerUpdate::fromJson(with("smtpUrl", s("smtps://192.168.1.5:465"))).ok());
}

TEST(MailServer, EachBadFieldIsNamed)
{
    const QString longText(300, QLatin1Char('a'));
    const QList<QPair<QJsonObject, QString>> cases = {
        {with("smtpUrl", QJsonValue()), s("smtpUrl")},
        {with("smtpUrl", s("http://mail.example.jp")), s("smtpUrl")},
        {with("smtpUrl", s("smtp://")), s("smtpUrl")},
        {with("smtpUrl", s("mail.example.jp:25")), s("smtpUrl")},
        {with("smtpUrl", s("smtp://mail.example.jp:25\r\nRCPT")), s("smtpUrl")},
        {with("smtpUrl", s("smtp://") + QString(2100, QLatin1Char('a'))), s("smtpUrl")},
        {with("smtpUrl", 25), s("smtpUrl")},
        {with("smtpUrl", s("smtp://mailer:Secret-1@mail.example.jp:587")), s("smtpUrl")},
        {with("security", s("ssl")), s("security")},
        {with("security", QJsonValue()), s("security")},
        {with("security", true), s("security")},
        {with("user", longText), s("user")},
        {with("user", s("box\n01")), s("user")},
        {with("user", 7), s("user")},
        {with("from", QJsonValue()), s("from")},
        {with("from", s("")), s("from")},
        {with("from", s("not an address")), s("from")},
        {with("from", s("box@localhost")), s("from")},
        {with("repeatMin", QJsonValue()), s("repeatMin")},
        {with("repeatMin", 0), s("repeatMin")},
        {with("repeatMin", -5), s("repeatMin")},
        {with("repeatMin", 43200.5), s("repeatMin")},
        {with("repeatMin", s("60")), s("repeatMin")},
        {with("password", longText), s("password")},
        {with("password", s("pass") + QChar(0) + s("word")), s("password")},
        {with("password", s("line\nbreak")), s("password")},
        {with("password", 1234), s("password")},
    };
    for (const auto &[body, field] : cases) {
        const auto u = MailServerUpdate::fromJson(body);
        const QByteArray text = QJsonDocument(body).toJson(QJsonDocument::Compact);
        ASSERT_FALSE(u.ok()) << text.constData();
        EXPECT_EQ(u.error().field, field) << text.constData();
        EXPECT_EQ(u.error().code, s("validation")) << text.constData();
        EXPECT_FALSE(u.error().message.isEmpty());
    }
}

TEST(MailServer, RangesAtTheirEdges)
{
    EXPECT_TRUE(MailServer::checkRepeatMin(0.01).isEmpty());
    EXPECT_TRUE(MailServer::checkRepeatMin(43200).isEmpty());
    EXPECT_FALSE(MailServer::checkRepeatMin(0.009).isEmpty());
    EXPECT_FALSE(MailServer::checkRepeatMin(std::numeric_limits<double>::quiet_NaN()).isEmpty());
    EXPECT_FALSE(MailServer::checkRepeatMin(std::numeric_limits<double>::infinity()).isEmpty());
    EXPECT_TRUE(MailServer::checkUser(QString(255, QLatin1Char('u'))).isEmpty());
    EXPECT_FALSE(MailServer::checkUser(QString(256, QLatin1Char('u'))).isEmpty());
    EXPECT_TRUE(MailServer::checkPassword(QString(255, QLatin1Char('p'))).isEmpty());
    EXPECT_FALSE(MailServer::checkPassword(QString(256, QLatin1Char('p'))).isEmpty());
    for (const char *security : {"none", "starttls", "tls"})
        EXPECT_TRUE(MailServer::checkSecurity(s(security)).isEmpty()) << security;
    EXPECT_FALSE(MailServer::checkSecurity(s("TLS")).isEmpty());
}

TEST(MailServer, TheAnswerNeverHoldsAPasswordOnlyWhetherOneIsSet)
{
    MailServer server;
    server.smtpUrl = s("smtp://mail.example.jp:25");
    server.from = s("box@example.jp");
    server.passwordSet = true;
    const QJsonObject json = server.toJson();
    EXPECT_FALSE(json.contains(s("password")));
    EXPECT_TRUE(json.value(s("passwordSet")).toBool());
    const auto back = MailServer::fromJson(json);
    ASSERT_TRUE(back.ok()) << qPrintable(back.error().message);
    EXPECT_TRUE(back->passwordSet);
    EXPECT_EQ(back->smtpUrl, server.smtpUrl);
    MailServerUpdate update{server, s("secret")};
    EXPECT_EQ(update.toJson().value(s("password")).toString(), s("secret"));
    EXPECT_FALSE(update.toJson().contains(s("passwordSet")));
}
