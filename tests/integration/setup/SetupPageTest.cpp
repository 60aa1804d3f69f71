// SPDX-License-Identifier: GPL-3.0-or-later
// The setup page over HTTP against the real mente-box: login, the forced password change,
// the forms with their confirm steps and field errors, CSRF, lockout, both languages.
#include "SetupClient.h"
#include "shared/Validation.h"
#include "support/BoxProcess.h"
#include "support/HttpsClient.h"
#include "support/SeedExample.h"

#include <QFile>
#include <QJsonArray>
#include <QThread>

#include <gtest/gtest.h>

using namespace mente::test;

namespace {

const QString kNewPassword = QStringLiteral("Setup2026pw");

SetupClient::Fields customerFields()
{
    return {{QStringLiteral("company"), QStringLiteral("株式会社テスト")},
            {QStringLiteral("companyKana"), QStringLiteral("カブシキガイシャテスト")},
            {QStringLiteral("contactFamily"), QStringLiteral("山田")},
            {QStringLiteral("contactFamilyKana"), QStringLiteral("ヤマダ")},
            {QStringLiteral("contactGiven"), QStringLiteral("太郎")},
            {QStringLiteral("contactGivenKana"), QStringLiteral("タロウ")},
            {QStringLiteral("postalCode"), QStringLiteral("100-0001")},
            {QStringLiteral("prefecture"), QStringLiteral("東京都")},
            {QStringLiteral("address1"), QStringLiteral("千代田区千代田1-1")},
            {QStringLiteral("address1Kana"), QString()},
            {QStringLiteral("address2"), QString()},
            {QStringLiteral("address2Kana"), QString()},
            {QStringLiteral("email"), QStringLiteral("it@example.jp")},
            {QStringLiteral("phone"), QStringLiteral("03-1234-5678")},
            {QStringLiteral("subdomain"), QStringLiteral("test-co")},
            {QStringLiteral("reportDay"), QStringLiteral("15")},
            {QStringLiteral("language"), QStringLiteral("ja")},
            {QStringLiteral("mailOnFault"), QStringLiteral("on")},
            {QStringLiteral("remark"), QStringLiteral("<b>no markup</b>")}};
}

SetupClient::Fields with(SetupClient::Fields fields, const QString &key, const QString &value)
{
    for (auto &[k, v] : fields)
        if (k == key)
            v = value;
    return fields;
}

QString makeLicenceKey()
{
    const QString first = QStringLiteral("7K3MQ2R9ZX4P8HT");
    const QString all = first + mente::validation::licenceCheckSymbol(first);
    return all.mid(0, 4) + QLatin1Char('-') + all.mid(4, 4) + QLatin1Char('-') + all.mid(8, 4) + QLatin1Char('-')
           + all.mid(12, 4);
}

class SetupPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        box.setConfig(QStringLiteral("[auth]\nmax_failures=3\nlockout_s=60\n[setup]\nnetwork_dir=%1/net\n"
                                     "network_reload_cmd=true\npoweroff_cmd=touch %1/poweroff-ran\n")
                          .arg(box.dataDir() + QStringLiteral("/..")));
        ASSERT_TRUE(box.start()) << qPrintable(box.output());
        client = std::make_unique<SetupClient>(box.setupUrl());
    }

    // Logs in as admin/admin and sets kNewPassword through the forced form.
    void changeDefaultPassword()
    {
        client->setCredentials(QStringLiteral("admin"), QStringLiteral("admin"));
        client->setOrigin(box.setupUrl().toUtf8()); // as a browser sends it with a form of this page
        ASSERT_EQ(client->get(QStringLiteral("/")).status, 200);
        const HttpReply done =
            client->post(QStringLiteral("/password"), {{QStringLiteral("current"), QStringLiteral("admin")},
                                                       {QStringLiteral("new"), kNewPassword},
                                                       {QStringLiteral("new2"), kNewPassword},
                                                       {QStringLiteral("step"), QStringLiteral("apply")}});
        ASSERT_EQ(done.status, 200) << done.body.constData();
        client->setCredentials(QStringLiteral("admin"), kNewPassword);
    }

    std::unique_ptr<HttpsClient> api()
    {
        auto c = std::make_unique<HttpsClient>(box.apiUrl(), box.fingerprint());
        c->login(QStringLiteral("admin"), kNewPassword);
        return c;
    }

    BoxProcess box;
    std::unique_ptr<SetupClient> client;
};

TEST_F(SetupPageTest, AsksForBasicLoginWithStrictHeaders)
{
    const HttpReply r = client->get(QStringLiteral("/"));
    EXPECT_EQ(r.status, 401);
    EXPECT_TRUE(r.header("WWW-Authenticate").startsWith("Basic realm="));
    const QByteArray csp = r.header("Content-Security-Policy");
    EXPECT_TRUE(csp.contains("default-src 'none'")) << csp.constData();
    EXPECT_TRUE(csp.contains("form-action 'self'"));
    EXPECT_TRUE(csp.contains("frame-ancestors 'none'"));
    EXPECT_TRUE(csp.contains("style-src 'sha256-"));
    EXPECT_EQ(r.header("X-Frame-Options"), "DENY");
    EXPECT_EQ(r.header("X-Content-Type-Options"), "nosniff");
    EXPECT_EQ(r.header("Referrer-Policy"), "no-referrer");
    EXPECT_EQ(r.header("Cache-Control"), "no-store");
    EXPECT_FALSE(r.body.contains("<script"));

    client->setCredentials(QStringLiteral("admin"), QStringLiteral("wrong"));
    EXPECT_EQ(client->get(QStringLiteral("/")).status, 401);
}

// The login page hints "admin / admin" only while the default administrator still has that
// password; every page's subtitle reads in the page's language.
TEST_F(SetupPageTest, TheFirstLoginHintShowsOnlyWhileTheDefaultPasswordIsSet)
{
    HttpReply r = client->get(QStringLiteral("/"));
    ASSERT_EQ(r.status, 401);
    EXPECT_TRUE(r.body.contains("(the first time: admin / admin)")) << r.body.constData();
    EXPECT_TRUE(r.body.contains("<small>Configuration</small>"));
    client->setLanguage("ja");
    r = client->get(QStringLiteral("/"));
    ASSERT_EQ(r.status, 401);
    EXPECT_TRUE(r.body.contains(QStringLiteral("（初回は admin / admin）").toUtf8())) << r.body.constData();
    EXPECT_TRUE(r.body.contains(QStringLiteral("<small>BOX の設定</small>").toUtf8())) << r.body.constData();
    EXPECT_FALSE(r.body.contains("Configuration"));
    client->setLanguage("en");

    ASSERT_NO_FATAL_FAILURE(changeDefaultPassword());
    SetupClient stranger(box.setupUrl());
    r = stranger.get(QStringLiteral("/"));
    ASSERT_EQ(r.status, 401);
    EXPECT_FALSE(r.body.contains("admin / admin")) << "the default password is gone: no hint at it";
    EXPECT_TRUE(r.body.contains("Log in with the administrator&#39;s login ID and password.")
                || r.body.contains("Log in with the administrator's login ID and password."))
        << r.body.constData();
    stranger.setLanguage("ja");
    r = stranger.get(QStringLiteral("/"));
    EXPECT_FALSE(r.body.contains("admin / admin"));
    EXPECT_TRUE(r.body.contains(QStringLiteral("管理者のログイン ID とパスワードでログインしてください。").toUtf8()))
        << r.body.constData();
}

TEST_F(SetupPageTest, DefaultPasswordShowsOnlyThePasswordFormEverywhere)
{
    client->setCredentials(QStringLiteral("admin"), QStringLiteral("admin"));
    for (const char *path : {"/", "/network", "/registration", "/license", "/proxy", "/power", "/password", "/nope"}) {
        const HttpReply r = client->get(QLatin1String(path));
        EXPECT_EQ(r.status, 200) << path;
        EXPECT_TRUE(r.body.contains("action=\"/password\"")) << path;
        EXPECT_TRUE(r.body.contains("id=\"f-current\"")) << path;
        EXPECT_FALSE(r.body.contains("row-registration")) << path;
    }
    // A registration posted now is not taken.
    const HttpReply r = client->post(QStringLiteral("/registration"),
                                     with(customerFields(), QStringLiteral("step"), QStringLiteral("apply"))
                                         << qMakePair(QStringLiteral("step"), QStringLiteral("apply")));
    EXPECT_TRUE(r.body.contains("id=\"f-current\""));
    HttpsClient c(box.apiUrl(), box.fingerprint());
    c.login(QStringLiteral("admin"), QStringLiteral("admin"));
    EXPECT_EQ(c.get(QStringLiteral("/api/v1/customer")).status, 428);
}

TEST_F(SetupPageTest, PasswordChangeShowsErrorsBesideFieldsThenWorksForApiToo)
{
    client->setCredentials(QStringLiteral("admin"), QStringLiteral("admin"));
    client->get(QStringLiteral("/"));
    HttpReply r = client->post(QStringLiteral("/password"), {{QStringLiteral("current"), QStringLiteral("admin")},
                                                             {QStringLiteral("new"), QStringLiteral("short1")},
                                                             {QStringLiteral("new2"), QStringLiteral("short2")},
                                                             {QStringLiteral("step"), QStringLiteral("apply")}});
    EXPECT_EQ(r.status, 400);
    EXPECT_TRUE(SetupClient::hasFieldError(r.body, QStringLiteral("new2")));
    r = client->post(QStringLiteral("/password"), {{QStringLiteral("current"), QStringLiteral("admin")},
                                                   {QStringLiteral("new"), QStringLiteral("short1")},
                                                   {QStringLiteral("new2"), QStringLiteral("short1")},
                                                   {QStringLiteral("step"), QStringLiteral("apply")}});
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(SetupClient::fieldError(r.body, QStringLiteral("new")),
              QStringLiteral("A password has at least 8 characters."));
    EXPECT_TRUE(r.body.contains("value=\"\"")); // password inputs come back empty
    EXPECT_FALSE(r.body.contains("short1"));

    ASSERT_NO_FATAL_FAILURE(changeDefaultPassword());
    // The old password no longer opens the page; the new one does, and the API takes it too.
    SetupClient old(box.setupUrl());
    old.setCredentials(QStringLiteral("admin"), QStringLiteral("admin"));
    EXPECT_EQ(old.get(QStringLiteral("/")).status, 401);
    r = client->get(QStringLiteral("/"));
    EXPECT_EQ(r.status, 200);
    EXPECT_TRUE(r.body.contains("id=\"row-registration\""));
    HttpsClient c(box.apiUrl(), box.fingerprint());
    EXPECT_EQ(c.login(QStringLiteral("admin"), kNewPassword).status, 200);
    EXPECT_EQ(c.get(QStringLiteral("/api/v1/customer")).status, 200);
}

TEST_F(SetupPageTest, PostWithoutTheRightCsrfTokenIsRefusedAndChangesNothing)
{
    client->setCredentials(QStringLiteral("admin"), QStringLiteral("admin"));
    client->get(QStringLiteral("/"));
    const SetupClient::Fields change{{QStringLiteral("current"), QStringLiteral("admin")},
                                     {QStringLiteral("new"), kNewPassword},
                                     {QStringLiteral("new2"), kNewPassword},
                                     {QStringLiteral("step"), QStringLiteral("apply")}};
    HttpReply r =
        client->post(QStringLiteral("/password"), SetupClient::Fields(change)
                                                      << qMakePair(QStringLiteral("csrf"), QStringLiteral("forged")));
    EXPECT_EQ(r.status, 403);
    r = client->postRaw(QStringLiteral("/password"), "current=admin&new=Setup2026pw&new2=Setup2026pw&step=apply");
    EXPECT_EQ(r.status, 403);
    // A token made by another box (another secret) is refused as well.
    BoxProcess other;
    ASSERT_TRUE(other.start());
    SetupClient otherClient(other.setupUrl());
    otherClient.setCredentials(QStringLiteral("admin"), QStringLiteral("admin"));
    otherClient.get(QStringLiteral("/"));
    r = client->post(QStringLiteral("/password"), SetupClient::Fields(change)
                                                      << qMakePair(QStringLiteral("csrf"), otherClient.lastCsrf()));
    EXPECT_EQ(r.status, 403);
    // A form posted from another site is refused even with the right token; from this page it works.
    client->get(QStringLiteral("/"));
    client->setOrigin("http://evil.example");
    EXPECT_EQ(client->post(QStringLiteral("/password"), change).status, 403);
    // Still the default password.
    EXPECT_TRUE(client->get(QStringLiteral("/")).body.contains("id=\"f-current\""));
}

TEST_F(SetupPageTest, RepeatedFailuresLockTheLoginLikeTheApi)
{
    client->setCredentials(QStringLiteral("admin"), QStringLiteral("bad-password"));
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(client->get(QStringLiteral("/")).status, 401);
    client->setCredentials(QStringLiteral("admin"), QStringLiteral("admin"));
    const HttpReply r = client->get(QStringLiteral("/"));
    EXPECT_TRUE(r.status == 423 || r.status == 429) << r.status;
    HttpsClient c(box.apiUrl(), box.fingerprint());
    EXPECT_EQ(c.login(QStringLiteral("admin"), QStringLiteral("admin")).status, 423);
}

TEST_F(SetupPageTest, TopPageShowsEverySettingInBothLanguages)
{
    ASSERT_NO_FATAL_FAILURE(changeDefaultPassword());
    HttpReply r = client->get(QStringLiteral("/"));
    ASSERT_EQ(r.status, 200);
    EXPECT_TRUE(r.body.contains(box.fingerprint().toUtf8()));
    const auto c = api();
    const QJsonObject health = c->get(QStringLiteral("/api/v1/health")).json();
    EXPECT_TRUE(r.body.contains(health.value(QStringLiteral("serial")).toString().toUtf8()));
    EXPECT_TRUE(r.body.contains(health.value(QStringLiteral("version")).toString().toUtf8()));
    EXPECT_TRUE(r.body.contains("Not registered yet."));
    EXPECT_TRUE(r.body.contains("Automatic (DHCP)"));
    EXPECT_TRUE(r.body.contains("Direct TCP/IP connection (no proxy)"));
    EXPECT_TRUE(r.body.contains("<meta name=\"viewport\""));
    EXPECT_TRUE(r.body.contains("<html lang=\"en\">"));

    client->setLanguage("ja,en;q=0.5");
    r = client->get(QStringLiteral("/"));
    EXPECT_TRUE(r.body.contains("<html lang=\"ja\">"));
    EXPECT_TRUE(r.body.contains(QStringLiteral("ユーザ登録が完了していません").toUtf8()));
    EXPECT_TRUE(r.body.contains(QStringLiteral("自動取得 (DHCP)").toUtf8()));
    client->setLanguage("fr");
    EXPECT_TRUE(client->get(QStringLiteral("/")).body.contains("<html lang=\"ja\">")); // Japanese by default
}

TEST_F(SetupPageTest, RegistrationShowsAllErrorsThenConfirmsThenRegisters)
{
    ASSERT_NO_FATAL_FAILURE(changeDefaultPassword());
    client->get(QStringLiteral("/registration"));
    SetupClient::Fields bad = customerFields();
    bad = with(bad, QStringLiteral("company"), QString());
    bad = with(bad, QStringLiteral("postalCode"), QStringLiteral("12-34"));
    bad = with(bad, QStringLiteral("email"), QStringLiteral("not-mail"));
    bad = with(bad, QStringLiteral("companyKana"), QStringLiteral("株式会社"));
    bad = with(bad, QStringLiteral("subdomain"), QStringLiteral("Bad_Name"));
    bad << qMakePair(QStringLiteral("step"), QStringLiteral("confirm"));
    HttpReply r = client->post(QStringLiteral("/registration"), bad);
    EXPECT_EQ(r.status, 400);
    for (const char *field : {"company", "postalCode", "email", "companyKana", "subdomain"})
        EXPECT_TRUE(SetupClient::hasFieldError(r.body, QLatin1String(field))) << field;
    EXPECT_FALSE(SetupClient::hasFieldError(r.body, QStringLiteral("phone")));
    EXPECT_TRUE(r.body.contains("value=\"not-mail\"")); // what was typed stays
    EXPECT_FALSE(r.body.contains("<b>no markup</b>"));  // escaped
    EXPECT_EQ(SetupClient::fieldError(r.body, QStringLiteral("postalCode")),
              QStringLiteral("Not a postal code: seven digits like 123-4567."));

    client->setLanguage("ja");
    r = client->post(QStringLiteral("/registration"), bad);
    EXPECT_EQ(SetupClient::fieldError(r.body, QStringLiteral("postalCode")),
              QStringLiteral("郵便番号は 123-4567 のように 7 桁で入力してください。"));
    EXPECT_EQ(SetupClient::fieldError(r.body, QStringLiteral("company")), QStringLiteral("必須項目です。"));
    client->setLanguage("en");

    // Confirm step: values shown, nothing saved yet.
    r = client->post(QStringLiteral("/registration"),
                     customerFields() << qMakePair(QStringLiteral("step"), QStringLiteral("confirm")));
    ASSERT_EQ(r.status, 200);
    EXPECT_TRUE(r.body.contains("id=\"confirm-company\""));
    EXPECT_TRUE(r.body.contains("value=\"apply\""));
    const auto c = api();
    EXPECT_FALSE(c->get(QStringLiteral("/api/v1/customer")).json().value(QStringLiteral("registered")).toBool());

    // Back keeps the values.
    r = client->post(QStringLiteral("/registration"), customerFields()
                                                          << qMakePair(QStringLiteral("step"), QStringLiteral("edit")));
    EXPECT_TRUE(r.body.contains("value=\"test-co\""));

    r = client->post(QStringLiteral("/registration"),
                     customerFields() << qMakePair(QStringLiteral("step"), QStringLiteral("apply")));
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_TRUE(r.body.contains("it@example.jp"));
    const QJsonObject customer = c->get(QStringLiteral("/api/v1/customer")).json();
    EXPECT_TRUE(customer.value(QStringLiteral("registered")).toBool());
    EXPECT_EQ(customer.value(QStringLiteral("company")).toString(), QStringLiteral("株式会社テスト"));
    EXPECT_EQ(customer.value(QStringLiteral("reportDay")).toInt(), 15);
    EXPECT_TRUE(customer.value(QStringLiteral("mailOnFault")).toBool());
    EXPECT_EQ(customer.value(QStringLiteral("remark")).toString(), QStringLiteral("<b>no markup</b>"));
    EXPECT_TRUE(client->get(QStringLiteral("/")).body.contains("Registration is complete"));
    EXPECT_TRUE(c->get(QStringLiteral("/api/v1/audit")).body.contains("\"customer.register\""));
}

// The seed's manual (§7) has the installer register on this page; its example (§29 ①) writes the
// readings in hiragana and the phone number without hyphens. Typed as the manual shows, in the
// Japanese page, it goes through confirm and register and is stored unchanged.
TEST_F(SetupPageTest, TheSeedsRegistrationExampleRegistersUnchanged)
{
    ASSERT_NO_FATAL_FAILURE(changeDefaultPassword());
    client->setLanguage("ja");
    const QJsonObject example = seedRegistrationExample();
    SetupClient::Fields fields;
    for (auto it = example.begin(); it != example.end(); ++it)
        fields << qMakePair(it.key(), it.value().toString());
    // The form's selects post their defaults, as a browser does.
    fields << qMakePair(QStringLiteral("reportDay"), QStringLiteral("31"))
           << qMakePair(QStringLiteral("language"), QStringLiteral("ja"));
    const HttpReply form = client->get(QStringLiteral("/registration"));
    EXPECT_TRUE(form.body.contains(QStringLiteral("会社名よみがな").toUtf8())) << form.body.constData();
    HttpReply r = client->post(QStringLiteral("/registration"),
                               fields << qMakePair(QStringLiteral("step"), QStringLiteral("confirm")));
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_TRUE(r.body.contains(QStringLiteral("えふえつくすしーかぶしがいいしゃ").toUtf8()));
    fields.removeLast();
    r = client->post(QStringLiteral("/registration"),
                     fields << qMakePair(QStringLiteral("step"), QStringLiteral("apply")));
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonObject stored = api()->get(QStringLiteral("/api/v1/customer")).json();
    EXPECT_TRUE(stored.value(QStringLiteral("registered")).toBool());
    for (auto it = example.begin(); it != example.end(); ++it)
        EXPECT_EQ(stored.value(it.key()), it.value()) << it.key().toStdString();

    // A reading in kanji is refused with a message saying what is accepted.
    fields = with(fields, QStringLiteral("companyKana"), QStringLiteral("株式会社"));
    fields.last().second = QStringLiteral("confirm");
    r = client->post(QStringLiteral("/registration"), fields);
    EXPECT_EQ(r.status, 400);
    EXPECT_TRUE(SetupClient::hasFieldError(r.body, QStringLiteral("companyKana")));
}

TEST_F(SetupPageTest, LicenceNeedsRegistrationThenConfirmsAndRegisters)
{
    ASSERT_NO_FATAL_FAILURE(changeDefaultPassword());
    HttpReply r = client->get(QStringLiteral("/license"));
    EXPECT_TRUE(r.body.contains("Complete the user registration first"));
    EXPECT_FALSE(r.body.contains("id=\"f-key\""));

    client->get(QStringLiteral("/registration"));
    ASSERT_EQ(client
                  ->post(QStringLiteral("/registration"),
                         customerFields() << qMakePair(QStringLiteral("step"), QStringLiteral("apply")))
                  .status,
              200);

    client->get(QStringLiteral("/license"));
    r = client->post(QStringLiteral("/license"), {{QStringLiteral("key"), QStringLiteral("AAAA-BBBB-CCCC-DDDD")},
                                                  {QStringLiteral("step"), QStringLiteral("confirm")}});
    EXPECT_EQ(r.status, 400);
    EXPECT_TRUE(SetupClient::hasFieldError(r.body, QStringLiteral("key")));
    r = client->post(QStringLiteral("/license"),
                     {{QStringLiteral("key"), QString()}, {QStringLiteral("step"), QStringLiteral("confirm")}});
    EXPECT_EQ(SetupClient::fieldError(r.body, QStringLiteral("key")), QStringLiteral("Required."));

    const QString key = makeLicenceKey();
    r = client->post(QStringLiteral("/license"),
                     {{QStringLiteral("key"), key.toLower()}, {QStringLiteral("step"), QStringLiteral("confirm")}});
    ASSERT_EQ(r.status, 200);
    EXPECT_TRUE(r.body.contains(key.toUtf8())); // normalised
    const auto c = api();
    EXPECT_FALSE(c->get(QStringLiteral("/api/v1/license")).json().value(QStringLiteral("key")).toString() == key);
    r = client->post(QStringLiteral("/license"),
                     {{QStringLiteral("key"), key}, {QStringLiteral("step"), QStringLiteral("apply")}});
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonObject licence = c->get(QStringLiteral("/api/v1/license")).json();
    EXPECT_EQ(licence.value(QStringLiteral("key")).toString(), key);
    EXPECT_FALSE(licence.value(QStringLiteral("endDate")).toString().isEmpty());
    EXPECT_TRUE(r.body.contains(licence.value(QStringLiteral("endDate")).toString().toUtf8()));
    EXPECT_TRUE(
        client->get(QStringLiteral("/")).body.contains(licence.value(QStringLiteral("endDate")).toString().toUtf8()));
}

TEST_F(SetupPageTest, PowerOffRunsTheCommandOnlyAfterConfirmation)
{
    ASSERT_NO_FATAL_FAILURE(changeDefaultPassword());
    const QString marker = box.dataDir() + QStringLiteral("/../poweroff-ran");
    client->get(QStringLiteral("/power"));
    HttpReply r = client->post(QStringLiteral("/power"), {{QStringLiteral("step"), QStringLiteral("confirm")},
                                                          {QStringLiteral("action"), QStringLiteral("poweroff")}});
    ASSERT_EQ(r.status, 200);
    EXPECT_TRUE(r.body.contains("Shut down the box?"));
    QThread::msleep(300);
    EXPECT_FALSE(QFile::exists(marker));
    r = client->post(QStringLiteral("/power"), {{QStringLiteral("step"), QStringLiteral("apply")},
                                                {QStringLiteral("action"), QStringLiteral("poweroff")}});
    ASSERT_EQ(r.status, 200) << r.body.constData();
    for (int i = 0; i < 50 && !QFile::exists(marker); ++i)
        QThread::msleep(100);
    EXPECT_TRUE(QFile::exists(marker));
    EXPECT_TRUE(api()->get(QStringLiteral("/api/v1/audit")).body.contains("box.poweroff"));
}

TEST_F(SetupPageTest, OnlyAdministratorsMayUseThePage)
{
    ASSERT_NO_FATAL_FAILURE(changeDefaultPassword());
    const HttpReply created = api()->post(QStringLiteral("/api/v1/operators"),
                                          {{QStringLiteral("admin"), false},
                                           {QStringLiteral("name"), QStringLiteral("鈴木 一郎")},
                                           {QStringLiteral("email"), QStringLiteral("staff1@example.jp")},
                                           {QStringLiteral("phone"), QStringLiteral("03-6820-0328")},
                                           {QStringLiteral("login"), QStringLiteral("staff1")},
                                           {QStringLiteral("password"), QStringLiteral("Staff2026pw")},
                                           {QStringLiteral("receivesFaultMail"), false}});
    ASSERT_EQ(created.status, 201) << created.body.constData();
    SetupClient staff(box.setupUrl());
    staff.setCredentials(QStringLiteral("staff1"), QStringLiteral("Staff2026pw"));
    const HttpReply r = staff.get(QStringLiteral("/"));
    EXPECT_EQ(r.status, 403);
    EXPECT_TRUE(r.body.contains("Only an administrator"));
    EXPECT_FALSE(r.body.contains("row-registration"));
}

TEST_F(SetupPageTest, UnknownPathsAndMethodsAreAnsweredPolitely)
{
    ASSERT_NO_FATAL_FAILURE(changeDefaultPassword());
    EXPECT_EQ(client->get(QStringLiteral("/nope")).status, 404);
    EXPECT_EQ(client->postRaw(QStringLiteral("/network"), QByteArray(100 * 1024, 'x')).status, 413);
    EXPECT_EQ(client->postRaw(QStringLiteral("/network"), "%%%=&&=%zz&step=confirm").status, 403); // no token, no crash
}

} // namespace
