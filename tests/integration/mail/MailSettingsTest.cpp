// SPDX-License-Identifier: GPL-3.0-or-later
// GET/PUT /api/v1/box/mail and the setup page's /mail against the real mente-box and a real
// SMTP server (aiosmtpd) that requires AUTH: the password set through either reaches the
// server (the mails are delivered authenticated), takes effect without a restart, is never
// shown, lives in the secrets file and not in box.conf; a wrong or cleared password makes the
// delivery fail; a bad field changes nothing; a non-admin may not read or change the settings.
#include "MailBoxSupport.h"
#include "SetupClient.h"
#include "support/BoxProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace mente::test;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString kRight = s("Right-Smtp-Pass-4410");
const QString kWrong = s("Wrong-Smtp-Pass-0926");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject settings(quint16 port, const QString &from = s("settings@example.jp"))
{
    return {{s("smtpUrl"), s("smtp://127.0.0.1:%1").arg(port)},
            {s("security"), s("none")},
            {s("user"), s("mailer")},
            {s("from"), from},
            {s("repeatMin"), 30}};
}

QJsonObject withPassword(QJsonObject body, const QString &password)
{
    body.insert(s("password"), password);
    return body;
}

// Mails in the outbox that failed at least once with an authentication error and are not sent.
int refusedForLogin(HttpsClient &api)
{
    int n = 0;
    for (const QJsonValue &v : outbox(api)) {
        const QJsonObject m = v.toObject();
        if (m.value(s("state")).toString() != s("sent") && m.value(s("attempts")).toInt() >= 1
            && m.value(s("lastError")).toString().contains(s("535")))
            ++n;
    }
    return n;
}

class MailSettingsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(sink.start(0, {s("--auth"), s("mailer:") + kRight, s("--auth-without-tls")}))
            << qPrintable(sink.output());
        // box.conf names the server but no user: no AUTH, so the server refuses every mail.
        box.setConfig(mailConfig(sink.port()));
        ASSERT_TRUE(box.start()) << qPrintable(box.output());
        api = std::make_unique<HttpsClient>(box.apiUrl(), box.fingerprint());
        ASSERT_NO_FATAL_FAILURE(prepareOperators(*api));
    }

    QString secretsFile() const { return box.dataDir() + s("/secrets.json"); }

    SmtpSink sink;
    BoxProcess box;
    std::unique_ptr<HttpsClient> api;
};
} // namespace

TEST_F(MailSettingsTest, ThePasswordSetThroughTheApiIsUsedAtOnceAndNeverShown)
{
    const HttpReply first = api->get(s("/api/v1/box/mail"));
    ASSERT_EQ(first.status, 200) << first.body.constData();
    EXPECT_EQ(first.json().value(s("smtpUrl")).toString(), s("smtp://127.0.0.1:%1").arg(sink.port()));
    EXPECT_EQ(first.json().value(s("from")).toString(), s("box@example.jp"));
    EXPECT_FALSE(first.json().value(s("passwordSet")).toBool());
    EXPECT_FALSE(first.json().contains(s("password")));

    // A wrong password first: the registration mails are refused (535) and stay queued.
    const HttpReply wrong =
        api->put(s("/api/v1/box/mail"), withPassword(settings(sink.port(), s("box@example.jp")), kWrong));
    ASSERT_EQ(wrong.status, 200) << wrong.body.constData();
    EXPECT_TRUE(wrong.json().value(s("passwordSet")).toBool());
    EXPECT_FALSE(wrong.body.contains(kWrong.toUtf8()));
    ASSERT_EQ(api->put(s("/api/v1/customer"), customerJson()).status, 200);
    ASSERT_TRUE(waitUntil([&] { return refusedForLogin(*api) == 3; }, 20000))
        << QJsonDocument(outbox(*api)).toJson().constData();
    EXPECT_TRUE(sink.mails().isEmpty());

    // The right one, without a restart: the queued mails go out, authenticated, from the new sender.
    const HttpReply right = api->put(s("/api/v1/box/mail"), withPassword(settings(sink.port()), kRight));
    ASSERT_EQ(right.status, 200) << right.body.constData();
    ASSERT_TRUE(sink.waitForMails(3)) << qPrintable(sink.output());
    for (const ReceivedMail &m : sink.mails()) {
        EXPECT_TRUE(m.envelope.value(s("auth")).toBool());
        EXPECT_EQ(m.envelope.value(s("from")).toString(), s("box@example.jp")) << "queued before the change";
    }
    ASSERT_TRUE(waitUntil([&] { return allSent(*api, 3); }));
    // A mail made after the change has the new sender.
    ASSERT_EQ(api->put(s("/api/v1/license"), {{s("key"), s("1234-5678-9ABC-DEFR")}}).status, 200);
    ASSERT_TRUE(sink.waitForMails(6)) << qPrintable(sink.output());
    for (const ReceivedMail &m : sink.mails().mid(3)) {
        EXPECT_EQ(m.envelope.value(s("from")).toString(), s("settings@example.jp"));
        EXPECT_TRUE(m.envelope.value(s("auth")).toBool());
    }

    // GET shows the settings, never the password; box.conf holds the settings, the 0600
    // secrets file the password.
    const HttpReply shown = api->get(s("/api/v1/box/mail"));
    EXPECT_EQ(shown.json().value(s("user")).toString(), s("mailer"));
    EXPECT_EQ(shown.json().value(s("from")).toString(), s("settings@example.jp"));
    EXPECT_DOUBLE_EQ(shown.json().value(s("repeatMin")).toDouble(), 30);
    EXPECT_TRUE(shown.json().value(s("passwordSet")).toBool());
    EXPECT_FALSE(shown.body.contains(kRight.toUtf8()));
    const QByteArray conf = readFile(box.configPath());
    EXPECT_TRUE(conf.contains("user=mailer")) << conf.constData();
    EXPECT_TRUE(conf.contains("from=settings@example.jp")) << conf.constData();
    EXPECT_FALSE(conf.contains(kRight.toUtf8()));
    EXPECT_FALSE(conf.contains("password"));
    EXPECT_TRUE(readFile(secretsFile()).contains(kRight.toUtf8()));
    struct stat st
    {};
    ASSERT_EQ(::stat(QFile::encodeName(secretsFile()).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0600u);
    const HttpReply audit = api->get(s("/api/v1/audit"));
    EXPECT_TRUE(audit.body.contains("mail.settings")) << audit.body.constData();
    EXPECT_TRUE(audit.body.contains("password set"));
    for (const QString &secret : {kRight, kWrong}) {
        EXPECT_FALSE(audit.body.contains(secret.toUtf8()));
        EXPECT_FALSE(api->get(s("/api/v1/outbox")).body.contains(secret.toUtf8()));
    }

    // Absent keeps the password; "" clears it, and the server refuses the next mails.
    ASSERT_EQ(api->put(s("/api/v1/box/mail"), settings(sink.port())).status, 200);
    EXPECT_TRUE(readFile(secretsFile()).contains(kRight.toUtf8()));
    const HttpReply cleared = api->put(s("/api/v1/box/mail"), withPassword(settings(sink.port()), s("")));
    ASSERT_EQ(cleared.status, 200) << cleared.body.constData();
    EXPECT_FALSE(cleared.json().value(s("passwordSet")).toBool());
    EXPECT_FALSE(readFile(secretsFile()).contains(kRight.toUtf8()));
    EXPECT_FALSE(readFile(secretsFile()).contains("mail/password"));
    ASSERT_EQ(api->put(s("/api/v1/license"), {{s("key"), s("1234-5678-9ABC-DEFR")}}).status, 200);
    ASSERT_TRUE(waitUntil([&] { return refusedForLogin(*api) == 3; }, 20000))
        << QJsonDocument(outbox(*api)).toJson().constData();
    EXPECT_EQ(sink.mails().size(), 6);
    ASSERT_TRUE(box.stop());
    EXPECT_FALSE(box.output().contains(kRight)) << "never in the log";
    EXPECT_FALSE(box.output().contains(kWrong));
}

TEST_F(MailSettingsTest, BadBodiesNameTheFieldAndChangeNothing)
{
    ASSERT_EQ(api->put(s("/api/v1/box/mail"), withPassword(settings(sink.port()), kRight)).status, 200);
    const QByteArray conf = readFile(box.configPath());
    const QByteArray secrets = readFile(secretsFile());
    const QByteArray before = api->get(s("/api/v1/box/mail")).body;
    const auto bad = [&](const char *key, const QJsonValue &value) {
        QJsonObject body = withPassword(settings(sink.port(), s("changed@example.jp")), s("Another-Pass-1"));
        if (value.isUndefined())
            body.remove(s(key));
        else
            body.insert(s(key), value);
        return body;
    };
    const QList<QPair<QJsonObject, QString>> cases = {
        {bad("smtpUrl", s("http://127.0.0.1:25")), s("smtpUrl")},
        {bad("smtpUrl", QJsonValue()), s("smtpUrl")},
        {bad("security", s("ssl")), s("security")},
        {bad("user", QString(300, QLatin1Char('u'))), s("user")},
        {bad("from", s("nobody")), s("from")},
        {bad("repeatMin", 0), s("repeatMin")},
        {bad("repeatMin", 99999), s("repeatMin")},
        {bad("repeatMin", s("ten")), s("repeatMin")},
        {bad("password", s("two\nlines")), s("password")},
        {bad("password", 12345), s("password")},
    };
    for (const auto &[body, field] : cases) {
        const HttpReply r = api->put(s("/api/v1/box/mail"), body);
        EXPECT_EQ(r.status, 400) << qPrintable(field) << " " << r.body.constData();
        EXPECT_EQ(r.json().value(s("error")).toObject().value(s("field")).toString(), field) << r.body.constData();
    }
    const HttpReply notJson = api->send("PUT", s("/api/v1/box/mail"), "{not json");
    EXPECT_EQ(notJson.status, 400);
    EXPECT_EQ(api->get(s("/api/v1/box/mail")).body, before);
    EXPECT_EQ(readFile(box.configPath()), conf);
    EXPECT_EQ(readFile(secretsFile()), secrets);

    // Operators without admin rights may neither read nor change the settings.
    auto tanaka = std::make_unique<HttpsClient>(box.apiUrl(), box.fingerprint());
    ASSERT_EQ(tanaka->login(s("tanaka"), s("Passw0rdLong")).status, 200);
    EXPECT_EQ(tanaka->get(s("/api/v1/box/mail")).status, 403);
    const HttpReply refused = tanaka->put(s("/api/v1/box/mail"), withPassword(settings(sink.port()), s("Mine-123")));
    EXPECT_EQ(refused.status, 403);
    EXPECT_EQ(refused.errorCode(), s("forbidden"));
    EXPECT_EQ(readFile(secretsFile()), secrets);
}

TEST_F(MailSettingsTest, TheSetupPageSavesThePasswordAndSendsATestMail)
{
    SetupClient page(box.setupUrl());
    page.setCredentials(s("admin"), kAdminPassword);
    page.setLanguage("en");
    const HttpReply top = page.get(s("/"));
    ASSERT_EQ(top.status, 200);
    EXPECT_TRUE(top.body.contains("href=\"/mail\"")) << "linked from the top page";
    const HttpReply empty = page.get(s("/mail"));
    ASSERT_EQ(empty.status, 200) << empty.body.constData();
    EXPECT_TRUE(empty.body.contains("No password is stored."));
    const SetupClient::Fields fields{{s("smtp_url"), s("smtp://127.0.0.1:%1").arg(sink.port())},
                                     {s("security"), s("none")},
                                     {s("user"), s("mailer")},
                                     {s("from"), s("page@example.jp")},
                                     {s("repeat_min"), s("45")}};

    // Like every page: HTTP Basic, and a POST without this page's CSRF token saves nothing.
    SetupClient stranger(box.setupUrl());
    EXPECT_EQ(stranger.get(s("/mail")).status, 401);
    SetupClient::Fields forged = fields;
    forged << qMakePair(s("password"), kWrong) << qMakePair(s("step"), s("save"))
           << qMakePair(s("csrf"), s("forged-token"));
    EXPECT_EQ(page.post(s("/mail"), forged).status, 403);
    EXPECT_FALSE(api->get(s("/api/v1/box/mail")).json().value(s("passwordSet")).toBool());
    page.get(s("/mail"));

    // A bad field: 400, the field marked, nothing saved.
    SetupClient::Fields badFields = fields;
    badFields[1] = {s("security"), s("ssl")};
    badFields << qMakePair(s("password"), kWrong) << qMakePair(s("step"), s("save"));
    const HttpReply badSave = page.post(s("/mail"), badFields);
    EXPECT_EQ(badSave.status, 400);
    EXPECT_EQ(SetupClient::fieldError(badSave.body, s("security")),
              s("The connection security is none, starttls or tls."));
    EXPECT_FALSE(api->get(s("/api/v1/box/mail")).json().value(s("passwordSet")).toBool());

    SetupClient::Fields save = fields;
    save << qMakePair(s("password"), kRight) << qMakePair(s("step"), s("save"));
    const HttpReply saved = page.post(s("/mail"), save);
    ASSERT_EQ(saved.status, 200) << saved.body.constData();
    EXPECT_TRUE(saved.body.contains("The mail settings are saved")) << saved.body.constData();
    EXPECT_TRUE(saved.body.contains("A password is stored"));
    EXPECT_FALSE(saved.body.contains(kRight.toUtf8())) << "never written into a page";
    const QJsonObject shown = api->get(s("/api/v1/box/mail")).json();
    EXPECT_TRUE(shown.value(s("passwordSet")).toBool());
    EXPECT_EQ(shown.value(s("from")).toString(), s("page@example.jp"));
    EXPECT_DOUBLE_EQ(shown.value(s("repeatMin")).toDouble(), 45);
    EXPECT_FALSE(readFile(box.configPath()).contains(kRight.toUtf8()));
    EXPECT_TRUE(readFile(secretsFile()).contains(kRight.toUtf8()));

    // The test mail reaches the server, authenticated, in the page's language.
    const HttpReply sent = page.post(s("/mail"), {{s("test_to"), s("check@si.example.jp")}, {s("step"), s("test")}});
    ASSERT_EQ(sent.status, 200) << sent.body.constData();
    EXPECT_TRUE(sent.body.contains("The test mail was sent to check@si.example.jp")) << sent.body.constData();
    ASSERT_TRUE(sink.waitForMails(1)) << qPrintable(sink.output());
    const ReceivedMail mail = sink.mails().first();
    EXPECT_EQ(mail.to, QStringList{s("check@si.example.jp")});
    EXPECT_TRUE(mail.envelope.value(s("auth")).toBool());
    EXPECT_EQ(mail.envelope.value(s("from")).toString(), s("page@example.jp"));
    EXPECT_EQ(mail.mail.subject, s("[Mente MAILTEST0001] Test mail"));
    EXPECT_TRUE(outbox(*api).isEmpty()) << "a test mail is not queued";
    EXPECT_FALSE(page.post(s("/mail"), {{s("test_to"), s("not-an-address")}, {s("step"), s("test")}}).status == 200);

    // A wrong password (typed again): the test says so, in Japanese for a Japanese browser.
    SetupClient::Fields wrong = fields;
    wrong << qMakePair(s("password"), kWrong) << qMakePair(s("step"), s("save"));
    ASSERT_EQ(page.post(s("/mail"), wrong).status, 200);
    page.setLanguage("ja");
    const HttpReply failed = page.post(s("/mail"), {{s("test_to"), s("check@si.example.jp")}, {s("step"), s("test")}});
    EXPECT_EQ(failed.status, 502);
    EXPECT_TRUE(failed.body.contains(s("テストメールは送信されませんでした").toUtf8())) << failed.body.constData();
    EXPECT_TRUE(failed.body.contains(s("認証").toUtf8())) << failed.body.constData();
    EXPECT_TRUE(failed.body.contains("535")) << "the server's own answer";
    EXPECT_EQ(sink.mails().size(), 1);

    // "Clear the stored password".
    SetupClient::Fields clear = fields;
    clear << qMakePair(s("clear_password"), s("on")) << qMakePair(s("step"), s("save"));
    ASSERT_EQ(page.post(s("/mail"), clear).status, 200);
    EXPECT_FALSE(api->get(s("/api/v1/box/mail")).json().value(s("passwordSet")).toBool());
    EXPECT_FALSE(readFile(secretsFile()).contains(kWrong.toUtf8()));
    const HttpReply audit = api->get(s("/api/v1/audit"));
    EXPECT_TRUE(audit.body.contains("mail.test"));
    EXPECT_TRUE(audit.body.contains("password cleared"));
    for (const QString &secret : {kRight, kWrong})
        EXPECT_FALSE(audit.body.contains(secret.toUtf8()));
}

// When the secrets file cannot be written, nothing is saved or put in force: the API answers 500
// naming the file (no `field`: it names a body's field), the page says it in the reader's
// language, the system's reason goes to the box's log only. (A folder where the save makes its
// new file blocks it, for root too.)
TEST_F(MailSettingsTest, ASecretsFileThatCannotBeWrittenIsNamedAndNothingChanges)
{
    const QByteArray before = readFile(box.configPath());
    ASSERT_TRUE(QDir().mkpath(secretsFile() + s(".new/blocked")));

    const HttpReply put = api->put(s("/api/v1/box/mail"), withPassword(settings(sink.port()), kRight));
    EXPECT_EQ(put.status, 500) << put.body.constData();
    EXPECT_EQ(put.errorCode(), s("internal"));
    const QJsonObject error = put.json().value(s("error")).toObject();
    EXPECT_EQ(error.value(s("message")).toString(),
              s("The mail settings were not saved: the box cannot write the file %1. The box's log says why.")
                  .arg(secretsFile()));
    EXPECT_FALSE(error.contains(s("field")) && !error.value(s("field")).toString().isEmpty());
    EXPECT_FALSE(put.body.contains("File exists")) << "the system's words stay in the log";
    const QJsonObject shown = api->get(s("/api/v1/box/mail")).json();
    EXPECT_FALSE(shown.value(s("passwordSet")).toBool()) << "nothing in force";
    EXPECT_NE(shown.value(s("from")).toString(), s("settings@example.jp"));
    EXPECT_EQ(readFile(box.configPath()), before);

    SetupClient page(box.setupUrl());
    page.setCredentials(s("admin"), kAdminPassword);
    page.setLanguage("ja");
    ASSERT_EQ(page.get(s("/mail")).status, 200);
    const HttpReply failed = page.post(s("/mail"), {{s("smtp_url"), s("smtp://127.0.0.1:%1").arg(sink.port())},
                                                    {s("security"), s("none")},
                                                    {s("user"), s("mailer")},
                                                    {s("from"), s("page@example.jp")},
                                                    {s("repeat_min"), s("45")},
                                                    {s("password"), kRight},
                                                    {s("step"), s("save")}});
    EXPECT_EQ(failed.status, 500);
    EXPECT_TRUE(
        QString::fromUtf8(failed.body)
            .contains(s("メール設定を保存できませんでした。BOX がファイル %1 に書き込めません。").arg(secretsFile())))
        << failed.body.constData();
    EXPECT_FALSE(failed.body.contains("File exists"));
    EXPECT_EQ(readFile(box.configPath()), before);

    ASSERT_TRUE(QDir(secretsFile() + s(".new")).removeRecursively());
    EXPECT_EQ(api->put(s("/api/v1/box/mail"), withPassword(settings(sink.port()), kRight)).status, 200)
        << "saved once the file can be written";
    EXPECT_TRUE(api->get(s("/api/v1/box/mail")).json().value(s("passwordSet")).toBool());
    EXPECT_TRUE(box.stop());
    EXPECT_TRUE(box.output().contains(s("cannot save the mail settings: Cannot create "))) << qPrintable(box.output());
    EXPECT_TRUE(box.output().contains(s("File exists")));
}
