// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets at rest (#15 item 3) against the real mente-box, a real SMTP server with AUTH
// (aiosmtpd) and a real HTTP CONNECT proxy with Basic auth (tcp_proxy.py), all on 127.0.0.1.
// An older, hand-written box.conf holds the SMTP password, the VPN password and the metrics
// token; the setup page saves a proxy with a password. A second test sets SMTP passwords through
// PUT /api/v1/box/mail and the setup page's /mail. From then on each secret is in the
// data dir's secrets file (0600) and nowhere else: not in box.conf, not in the database
// (its WAL included), not in the log, not in any answer of the API or the setup page; and
// after a restart every one of them is still in force.
#include "MailBoxSupport.h"
#include "SetupClient.h"
#include "TcpProxy.h"
#include "support/BoxProcess.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace mente::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString kSmtpSecret = s("Smtp-At-Rest-7301");
const QString kVpnSecret = s("Vpn-At-Rest-8812");
const QString kMetricsSecret = s("Metrics-At-Rest-5540");
const QString kProxySecret = s("Proxy-At-Rest-2267");

// Every file under dir (box.conf, the database and its WAL, the TLS key, ...) that holds needle.
QStringList filesHolding(const QString &dir, const QString &needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle.toUtf8()))
            found << QDir(dir).relativeFilePath(file.fileName());
    }
    return found;
}

// A certificate for the SMTP server: AUTH is offered over TLS only.
void makeCertificate(const QString &cert, const QString &key)
{
    QProcess openssl;
    openssl.start(s("openssl"), {s("req"), s("-x509"), s("-newkey"), s("rsa:2048"), s("-nodes"), s("-days"), s("1"),
                                 s("-subj"), s("/CN=127.0.0.1"), s("-addext"), s("subjectAltName=IP:127.0.0.1"),
                                 s("-keyout"), key, s("-out"), cert});
    ASSERT_TRUE(openssl.waitForFinished(30000));
    ASSERT_EQ(openssl.exitCode(), 0) << openssl.readAllStandardError().constData();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class SecretsAtRestTest : public ::testing::Test
{
protected:
    // The answers of every GET that shows a setting, from the API and the setup page.
    QByteArray settingAnswers(HttpsClient &api, SetupClient &page)
    {
        QByteArray all;
        for (const char *path : {"/api/v1/box", "/api/v1/box/mail", "/api/v1/status", "/api/v1/customer",
                                 "/api/v1/license", "/api/v1/audit", "/api/v1/outbox", "/api/v1/operators",
                                 "/api/v1/session"}) {
            const HttpReply r = api.get(s(path));
            EXPECT_EQ(r.status, 200) << path;
            all += r.body;
        }
        for (const char *path : {"/", "/proxy", "/mail", "/network", "/registration", "/license", "/power"}) {
            const HttpReply r = page.get(s(path));
            EXPECT_EQ(r.status, 200) << path;
            all += r.body;
        }
        return all;
    }

    // Saves the proxy through the setup page: confirm, then apply (which tries it first).
    void saveProxy(SetupClient &page, quint16 port)
    {
        page.get(s("/proxy"));
        const HttpReply confirm = page.post(s("/proxy"), {{s("type"), s("http")},
                                                          {s("host"), s("127.0.0.1")},
                                                          {s("port"), QString::number(port)},
                                                          {s("user"), s("proxyuser")},
                                                          {s("password"), kProxySecret},
                                                          {s("step"), s("confirm")}});
        ASSERT_EQ(confirm.status, 200) << confirm.body.constData();
        const HttpReply apply = page.post(s("/proxy"), {{s("step"), s("apply")}});
        ASSERT_EQ(apply.status, 200) << apply.body.constData();
        ASSERT_TRUE(apply.body.contains("The proxy works")) << apply.body.constData();
    }

    SmtpSink sink;
    TcpProxy proxy;
    BoxProcess box;
    QString log;
};

} // namespace

TEST_F(SecretsAtRestTest, EverySecretIsOnlyInTheSecretsFileAndStillInForceAfterARestart)
{
    QTemporaryDir tls;
    const QString cert = tls.filePath(s("cert.pem"));
    const QString key = tls.filePath(s("key.pem"));
    ASSERT_NO_FATAL_FAILURE(makeCertificate(cert, key));
    ASSERT_TRUE(sink.start(0, {s("--tls"), cert, key, s("--auth"), s("mailer:") + kSmtpSecret}));
    ASSERT_TRUE(proxy.start(s("http"), s("proxyuser:") + kProxySecret)) << proxy.output().constData();
    // An older box's box.conf, written by hand, with three secrets in it.
    box.setConfig(
        mailConfig(sink.port(), s("security=tls\nca_file=%1\nuser=mailer\npassword=%2\n").arg(cert, kSmtpSecret))
        + s("[vpn]\nhub=HUB01\nuser=box01\npassword=%1\n[metrics]\ntoken=%2\n"
            "[proxy]\ncheck_target=127.0.0.1:%3\ncheck_timeout_ms=5000\n")
              .arg(kVpnSecret, kMetricsSecret)
              .arg(sink.port()));
    ASSERT_TRUE(box.start()) << qPrintable(box.output());
    HttpsClient api(box.apiUrl(), box.fingerprint());
    ASSERT_NO_FATAL_FAILURE(prepareOperators(api));
    ASSERT_EQ(api.put(s("/api/v1/customer"), customerJson()).status, 200);
    ASSERT_TRUE(sink.waitForMails(3))
        << QJsonDocument(outbox(api)).toJson().constData(); // the hand-written password works

    SetupClient page(box.setupUrl());
    page.setCredentials(s("admin"), kAdminPassword);
    ASSERT_NO_FATAL_FAILURE(saveProxy(page, proxy.port()));

    // The save moved every secret out of box.conf; the rest of box.conf stays.
    const QByteArray written = readFile(box.configPath());
    EXPECT_TRUE(written.contains("smtp_url=smtp://127.0.0.1:")) << written.constData();
    EXPECT_TRUE(written.contains("hub=HUB01"));
    EXPECT_TRUE(written.contains("type=http"));
    const QString secretsFile = box.dataDir() + s("/secrets.json");
    struct stat st
    {};
    ASSERT_EQ(::stat(QFile::encodeName(secretsFile).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0600u);
    const QByteArray before = settingAnswers(api, page);

    // Restart with the box.conf the box wrote.
    ASSERT_TRUE(box.stop());
    log += box.output();
    box.setConfig(QString::fromUtf8(written));
    ASSERT_TRUE(box.start()) << qPrintable(box.output());
    HttpsClient again(box.apiUrl(), box.fingerprint());
    ASSERT_EQ(again.login(s("admin"), kAdminPassword).status, 200);

    // Each secret is in force: mails go through the proxy (its password) to the SMTP server
    // with AUTH (its password), the metrics token reads /metrics, the VPN password is the one
    // the audited call reveals.
    const qsizetype mailsBefore = sink.mails().size();
    ASSERT_EQ(again.put(s("/api/v1/license"), {{s("key"), s("1234-5678-9ABC-DEFR")}}).status, 200);
    ASSERT_TRUE(sink.waitForMails(int(mailsBefore) + 3)) << qPrintable(sink.output());
    for (const ReceivedMail &m : sink.mails())
        EXPECT_TRUE(m.envelope.value(s("auth")).toBool());
    // The setup page's try and one tunnel per mail since the restart.
    const QByteArray tunnel = s("tunnel 127.0.0.1:%1 proxyuser").arg(sink.port()).toLatin1();
    EXPECT_TRUE(waitUntil([&] { return proxy.output().count(tunnel) >= 4; })) << proxy.output().constData();
    HttpsClient scraper(box.apiUrl(), box.fingerprint());
    scraper.setToken(kMetricsSecret);
    EXPECT_EQ(scraper.get(s("/metrics")).status, 200);
    scraper.setToken(kMetricsSecret + s("x"));
    EXPECT_NE(scraper.get(s("/metrics")).status, 200);
    const HttpReply vpn = again.get(s("/api/v1/box/vpn-password"));
    ASSERT_EQ(vpn.status, 200);
    EXPECT_TRUE(vpn.body.contains(kVpnSecret.toUtf8())) << "the one call made to reveal it (audited)";

    SetupClient pageAgain(box.setupUrl());
    pageAgain.setCredentials(s("admin"), kAdminPassword);
    const QByteArray after = settingAnswers(again, pageAgain);
    EXPECT_TRUE(after.contains("Through the HTTP proxy 127.0.0.1:")) << "the proxy is in force";
    ASSERT_TRUE(box.stop());
    log += box.output();

    // Where each secret is: the secrets file only (the box's temp folder holds box.conf and the
    // whole data dir: box.db, its -wal and -shm, the TLS and SSH keys).
    const QString top = QFileInfo(box.configPath()).absolutePath();
    for (const QString &secret : {kSmtpSecret, kVpnSecret, kMetricsSecret, kProxySecret}) {
        EXPECT_EQ(filesHolding(top, secret), QStringList{s("data/secrets.json")}) << qPrintable(secret);
        EXPECT_FALSE(log.contains(secret)) << qPrintable(secret);
        EXPECT_FALSE(before.contains(secret.toUtf8())) << qPrintable(secret);
        EXPECT_FALSE(after.contains(secret.toUtf8())) << qPrintable(secret);
    }
    EXPECT_TRUE(log.contains(s("box.conf holds mail/password in plain text"))) << "the older box.conf was named";
    ASSERT_EQ(::stat(QFile::encodeName(secretsFile).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0600u);
}

// SMTP passwords the box saves itself: one through PUT /api/v1/box/mail, then one through the
// setup page's /mail. Each reaches its SMTP server (AUTH on plain SMTP over loopback) and is then
// in the secrets file only; the one replaced is nowhere at all.
TEST_F(SecretsAtRestTest, SmtpPasswordsSetThroughTheApiAndThePageAreOnlyInTheSecretsFile)
{
    const QString apiSecret = s("Smtp-Api-At-Rest-6630");
    const QString pageSecret = s("Smtp-Page-At-Rest-4182");
    SmtpSink second;
    ASSERT_TRUE(sink.start(0, {s("--auth"), s("mailer:") + apiSecret, s("--auth-without-tls")}));
    ASSERT_TRUE(second.start(0, {s("--auth"), s("mailer:") + pageSecret, s("--auth-without-tls")}));
    box.setConfig(mailConfig(sink.port()));
    ASSERT_TRUE(box.start()) << qPrintable(box.output());
    HttpsClient api(box.apiUrl(), box.fingerprint());
    ASSERT_NO_FATAL_FAILURE(prepareOperators(api));
    SetupClient page(box.setupUrl());
    page.setCredentials(s("admin"), kAdminPassword);
    page.setLanguage("en");
    const QString top = QFileInfo(box.configPath()).absolutePath();

    const QJsonObject body{{s("smtpUrl"), s("smtp://127.0.0.1:%1").arg(sink.port())},
                           {s("security"), s("none")},
                           {s("user"), s("mailer")},
                           {s("from"), s("box@example.jp")},
                           {s("repeatMin"), 60},
                           {s("password"), apiSecret}};
    const HttpReply put = api.put(s("/api/v1/box/mail"), body);
    ASSERT_EQ(put.status, 200) << put.body.constData();
    ASSERT_EQ(api.put(s("/api/v1/customer"), customerJson()).status, 200);
    ASSERT_TRUE(sink.waitForMails(3)) << qPrintable(sink.output());
    for (const ReceivedMail &m : sink.mails())
        EXPECT_TRUE(m.envelope.value(s("auth")).toBool());
    EXPECT_EQ(filesHolding(top, apiSecret), QStringList{s("data/secrets.json")});
    QByteArray answers = put.body + settingAnswers(api, page);

    // The page: the second server and its password, then a test mail through it.
    page.get(s("/mail"));
    const HttpReply saved = page.post(s("/mail"), {{s("smtp_url"), s("smtp://127.0.0.1:%1").arg(second.port())},
                                                   {s("security"), s("none")},
                                                   {s("user"), s("mailer")},
                                                   {s("password"), pageSecret},
                                                   {s("from"), s("box@example.jp")},
                                                   {s("repeat_min"), s("60")},
                                                   {s("step"), s("save")}});
    ASSERT_EQ(saved.status, 200) << saved.body.constData();
    const HttpReply tested =
        page.post(s("/mail"), {{s("test_to"), s("check@si.example.jp")}, {s("step"), s("test")}});
    ASSERT_EQ(tested.status, 200) << tested.body.constData();
    ASSERT_TRUE(second.waitForMails(1)) << qPrintable(second.output());
    EXPECT_TRUE(second.mails().first().envelope.value(s("auth")).toBool());
    answers += saved.body + tested.body + settingAnswers(api, page);
    ASSERT_TRUE(box.stop());
    log += box.output();

    EXPECT_EQ(filesHolding(top, pageSecret), QStringList{s("data/secrets.json")});
    EXPECT_EQ(filesHolding(top, apiSecret), QStringList()) << "replaced: gone from the secrets file too";
    for (const QString &secret : {apiSecret, pageSecret}) {
        EXPECT_FALSE(log.contains(secret)) << qPrintable(secret);
        EXPECT_FALSE(answers.contains(secret.toUtf8())) << qPrintable(secret);
    }
    const QByteArray conf = readFile(box.configPath());
    EXPECT_TRUE(conf.contains(s("smtp_url=smtp://127.0.0.1:%1").arg(second.port()).toUtf8())) << conf.constData();
    EXPECT_FALSE(conf.contains("password"));
    struct stat st
    {};
    ASSERT_EQ(::stat(QFile::encodeName(box.dataDir() + s("/secrets.json")).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0600u);
}
