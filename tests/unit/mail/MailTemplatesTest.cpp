// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailTestSupport.h"
#include "notify/MailComposer.h"
#include "notify/MailTemplates.h"

#include <gtest/gtest.h>

using namespace mente;
using namespace mente::box;

namespace {
Customer fxc()
{
    Customer c;
    c.company = QStringLiteral("F X C株式会社");
    c.companyKana = QStringLiteral("えふえっくすしーかぶしきがいしゃ");
    c.contactFamily = QStringLiteral("山田");
    c.contactFamilyKana = QStringLiteral("やまだ");
    c.contactGiven = QStringLiteral("花子");
    c.contactGivenKana = QStringLiteral("はなこ");
    c.postalCode = QStringLiteral("174-0056");
    c.prefecture = QStringLiteral("東京都");
    c.address1 = QStringLiteral("板橋区志村1-15-1");
    c.address1Kana = QStringLiteral("いたばしくしむら");
    c.address2 = QStringLiteral("日通志村流通センター3階");
    c.address2Kana = QStringLiteral("にっつうしむらりゅうつうせんたー");
    c.email = QStringLiteral("hanako@example.jp");
    c.phone = QStringLiteral("0368200326");
    c.subdomain = QStringLiteral("fxc");
    c.reportDay = 31;
    c.registeredAt = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
    return c;
}

Operator suzuki(const QString &language)
{
    Operator op;
    op.id = 2;
    op.name = QStringLiteral("鈴木一郎");
    op.login = QStringLiteral("suzuki");
    op.email = QStringLiteral("suzuki@example.jp");
    op.language = language;
    op.admin = true;
    op.receivesFaultMail = true;
    return op;
}

struct ComposerFixture : ::testing::Test
{
    test::FakeClock clock{QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC)};
    MailComposer composer{QStringLiteral("box@example.jp"), 60,
                          [] {
                              MailFacts f;
                              f.status.serial = QStringLiteral("SERIAL123456");
                              f.status.deviceState = HealthState::Ok;
                              f.status.boxState = HealthState::Ok;
                              f.status.vpnState = HealthState::Ok;
                              f.status.mac = QStringLiteral("52:54:00:12:34:56");
                              f.status.localIp = QStringLiteral("192.168.1.5");
                              f.status.addressMode = QStringLiteral("dhcp");
                              f.status.sshPort = 2222;
                              f.vpnHub = QStringLiteral("HUB1");
                              f.vpnUser = QStringLiteral("hubuser");
                              return f;
                          },
                          clock};

    test::ParsedMail parse(const Result<Outbox::NewMail> &mail)
    {
        EXPECT_TRUE(mail.ok()) << (mail.ok() ? "" : qPrintable(mail.error().message));
        if (!mail)
            return {};
        return test::parseMail(mail->message);
    }
};
} // namespace

TEST(MailTemplates, MissingValueIsAnErrorNamingTheKey)
{
    const auto r = MailTemplates::fill(QStringLiteral("a {{known}} {{unknown}}"), {{QStringLiteral("known"), QStringLiteral("x")}});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, QStringLiteral("unknown"));
    EXPECT_FALSE(MailTemplates::render(QStringLiteral("no-such-mail"), QStringLiteral("ja"), {}).ok());
}

TEST(MailTemplates, LanguageFallsBackToJapanese)
{
    EXPECT_EQ(MailTemplates::language(QStringLiteral("en")), QStringLiteral("en"));
    EXPECT_EQ(MailTemplates::language(QStringLiteral("en-US")), QStringLiteral("en"));
    EXPECT_EQ(MailTemplates::language(QStringLiteral("ja")), QStringLiteral("ja"));
    EXPECT_EQ(MailTemplates::language(QStringLiteral("fr")), QStringLiteral("ja"));
    EXPECT_EQ(MailTemplates::word(QStringLiteral("ja"), QStringLiteral("state.fault")), QStringLiteral("異常"));
    EXPECT_EQ(MailTemplates::word(QStringLiteral("en"), QStringLiteral("state.ok")), QStringLiteral("OK"));
}

TEST_F(ComposerFixture, RegistrationMailsOneAndFour)
{
    const Customer c = fxc();
    const auto one = parse(composer.registered(c, MailComposer::recipientFor(c)));
    EXPECT_EQ(one.subject, QStringLiteral("[Mente SERIAL123456] ユーザ登録完了のお知らせ"));
    EXPECT_TRUE(one.body.startsWith(QStringLiteral("F X C株式会社 山田 花子 様\n")));
    EXPECT_TRUE(one.body.contains(QStringLiteral("◆ユーザ登録完了のお知らせ◆")));
    EXPECT_TRUE(one.body.contains(QStringLiteral("会社名\tF X C株式会社\n")));
    EXPECT_TRUE(one.body.contains(QStringLiteral("住所2よみがな\tにっつうしむらりゅうつうせんたー\n")));
    EXPECT_TRUE(one.body.contains(QStringLiteral("BOX のシリアル番号\tSERIAL123456\n")));
    EXPECT_TRUE(one.headers.value("to").endsWith("<hanako@example.jp>"));

    const auto four = parse(composer.registered(c, MailComposer::recipientFor(suzuki(QStringLiteral("ja")))));
    EXPECT_EQ(four.subject, QStringLiteral("[Mente SERIAL123456] ユーザ登録完了通知"));
    EXPECT_TRUE(four.body.startsWith(QStringLiteral("鈴木一郎（suzuki） 様\n")));
    EXPECT_TRUE(four.body.contains(QStringLiteral("IP アドレス設定方法\tDHCP\n")));
    EXPECT_TRUE(four.body.contains(QStringLiteral("SSH サーバポート番号\t2222\n")));
    EXPECT_TRUE(four.body.contains(QStringLiteral("仮想ハブ名\tHUB1\n")));

    const auto fourEn = parse(composer.registered(c, MailComposer::recipientFor(suzuki(QStringLiteral("en")))));
    EXPECT_EQ(fourEn.subject, QStringLiteral("[Mente SERIAL123456] Customer registration completed"));
    EXPECT_TRUE(fourEn.body.startsWith(QStringLiteral("Dear 鈴木一郎 (suzuki),\n")));
    EXPECT_TRUE(fourEn.body.contains(QStringLiteral("Company\tF X C株式会社\n")));
}

TEST_F(ComposerFixture, LicenceMailsTwoAndFive)
{
    const Customer c = fxc();
    Licence l = Licence::startingOn(QStringLiteral("1234-5678-9ABC-DEFR"), QDate(2026, 11, 26));
    const auto two = parse(composer.licence(c, l, MailComposer::recipientFor(c)));
    EXPECT_EQ(two.subject, QStringLiteral("[Mente SERIAL123456] 運用保守ライセンス登録のお知らせ"));
    EXPECT_TRUE(two.body.contains(QStringLiteral("運用保守ライセンスキー\t1234-5678-9ABC-DEFR\n")));
    EXPECT_TRUE(two.body.contains(QStringLiteral("運用保守開始日\t2026-11-26\n")));
    EXPECT_TRUE(two.body.contains(QStringLiteral("月次レポート送信日\t月末\n")));
    const auto five = parse(composer.licence(c, l, MailComposer::recipientFor(suzuki(QStringLiteral("ja")))));
    EXPECT_EQ(five.subject, QStringLiteral("[Mente SERIAL123456] 運用保守ライセンス登録通知"));
    EXPECT_TRUE(five.body.contains(QStringLiteral("運用保守終了日\t2027-11-25\n")));
    Customer en = c;
    en.language = QStringLiteral("en");
    en.reportDay = 15;
    const auto twoEn = parse(composer.licence(en, l, MailComposer::recipientFor(en)));
    EXPECT_EQ(twoEn.subject, QStringLiteral("[Mente SERIAL123456] Your maintenance licence is registered"));
    EXPECT_TRUE(twoEn.body.contains(QStringLiteral("Monthly report day\tday 15\n")));
}

TEST_F(ComposerFixture, FaultRepeatAndRecoveryMailsThreeAndSix)
{
    const Customer c = fxc();
    FaultNotice n;
    n.category = QStringLiteral("device");
    n.kind = QStringLiteral("port");
    n.ip = QStringLiteral("192.168.1.10");
    n.label = QStringLiteral("nas");
    n.port = 22;
    n.protocol = QStringLiteral("SSH");
    n.cause = QStringLiteral("timeout");
    n.since = clock.now();
    n.at = clock.now();
    const auto three = parse(composer.fault(QStringLiteral("fault"), c, n, MailComposer::recipientFor(c)));
    EXPECT_EQ(three.subject, QStringLiteral("[Mente SERIAL123456] 障害発生時の通知"));
    EXPECT_TRUE(three.body.contains(QStringLiteral("【機器状態】 : 異常\n")));
    EXPECT_TRUE(three.body.contains(QStringLiteral("【VPN 状態】 : 正常\n")));
    EXPECT_TRUE(three.body.contains(QStringLiteral("・対象 : 機器 192.168.1.10 (nas) のポート 22/SSH\n")));
    EXPECT_TRUE(three.body.contains(QStringLiteral("・原因 : timeout\n")));
    EXPECT_FALSE(three.body.contains(QStringLiteral("続いています")));

    const auto six = parse(composer.fault(QStringLiteral("repeat"), c, n, MailComposer::recipientFor(suzuki(QStringLiteral("ja")))));
    EXPECT_TRUE(six.body.contains(QStringLiteral("【機器状態】\t: 異常\n")));
    EXPECT_TRUE(six.body.contains(QStringLiteral("続いています（60 分ごとに通知します）")));

    const auto recovered = parse(composer.fault(QStringLiteral("recovery"), c, n, MailComposer::recipientFor(suzuki(QStringLiteral("en")))));
    EXPECT_EQ(recovered.subject, QStringLiteral("[Mente SERIAL123456] Recovery notice"));
    EXPECT_TRUE(recovered.body.contains(QStringLiteral("[Device state]\t: OK\n")));
    EXPECT_TRUE(recovered.body.contains(QStringLiteral("- Target : port 22/SSH of device 192.168.1.10 (nas)\n")));
}

TEST_F(ComposerFixture, EveryTemplateRendersInEveryLanguage)
{
    const Customer c = fxc();
    const Licence l = Licence::startingOn(QStringLiteral("1234-5678-9ABC-DEFR"), QDate(2026, 11, 26));
    FaultNotice n;
    n.category = QStringLiteral("vpn");
    n.kind = QStringLiteral("vpn");
    for (const QString &lang : MailTemplates::languages()) {
        Customer cl = c;
        cl.language = lang;
        const MailRecipient cust = MailComposer::recipientFor(cl);
        const MailRecipient op = MailComposer::recipientFor(suzuki(lang));
        for (const MailRecipient &to : {cust, op}) {
            for (const auto &mail : {composer.registered(cl, to), composer.licence(cl, l, to),
                                     composer.fault(QStringLiteral("fault"), cl, n, to),
                                     composer.fault(QStringLiteral("recovery"), cl, n, to)}) {
                const auto parsed = parse(mail);
                EXPECT_FALSE(parsed.body.contains(QStringLiteral("{{"))) << qPrintable(lang);
                EXPECT_FALSE(parsed.subject.isEmpty());
                // Japanese mails are in Japanese, English ones carry none of the Japanese frame.
                EXPECT_EQ(parsed.body.contains(QStringLiteral("様")), lang == QLatin1String("ja")) << qPrintable(parsed.body);
            }
        }
    }
}
