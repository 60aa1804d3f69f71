// SPDX-License-Identifier: GPL-3.0-or-later
// SMTP over TLS against a real server with a self-signed certificate (given to the box as
// [mail] ca_file): STARTTLS with AUTH, implicit TLS (smtps), and a wrong SMTP password.
#include "MailBoxSupport.h"
#include "support/BoxProcess.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace mente::test;

namespace {
void makeSelfSignedCertificate(const QString &cert, const QString &key)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    ASSERT_TRUE(openssl.waitForFinished(30000));
    ASSERT_EQ(openssl.exitCode(), 0) << openssl.readAllStandardError().constData();
}
} // namespace

TEST(MailIntegration, StartTlsWithAuthAgainstASelfSignedServer)
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    ASSERT_NO_FATAL_FAILURE(makeSelfSignedCertificate(cert, key));

    SmtpSink sink;
    ASSERT_TRUE(sink.start(0, {QStringLiteral("--starttls"), cert, key, QStringLiteral("--auth"),
                               QStringLiteral("mailer:") + kSmtpPassword}));
    BoxProcess box;
    box.setConfig(mailConfig(sink.port(), QStringLiteral("security=starttls\nuser=mailer\npassword=%1\nca_file=%2\n")
                                              .arg(kSmtpPassword, cert)));
    ASSERT_TRUE(box.start()) << qPrintable(box.output());
    HttpsClient api(box.apiUrl(), box.fingerprint());
    ASSERT_NO_FATAL_FAILURE(prepareOperators(api));
    ASSERT_EQ(api.put(QStringLiteral("/api/v1/customer"), customerJson(QStringLiteral("en"))).status, 200);
    ASSERT_TRUE(sink.waitForMails(3)) << qPrintable(sink.output());
    for (const ReceivedMail &m : sink.mails()) {
        EXPECT_TRUE(m.envelope.value(QStringLiteral("tls")).toBool());
        EXPECT_TRUE(m.envelope.value(QStringLiteral("auth")).toBool());
    }
    const QList<ReceivedMail> mails = sink.mails();
    const ReceivedMail *one = find(mails, QStringLiteral("hanako@customer.example.jp"),
                                   QStringLiteral("Your registration is complete"));
    ASSERT_TRUE(one) << "an English customer gets the English mail ①";
    EXPECT_TRUE(one->mail.body.startsWith(QStringLiteral("Dear 花子 山田 (F X C株式会社),"))) << qPrintable(one->mail.body);
    ASSERT_TRUE(box.stop());
    EXPECT_FALSE(box.output().contains(kSmtpPassword));
}

TEST(MailIntegration, ImplicitTlsAndAWrongPasswordThatIsFixedByARestart)
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    ASSERT_NO_FATAL_FAILURE(makeSelfSignedCertificate(cert, key));
    SmtpSink sink;
    ASSERT_TRUE(sink.start(0, {QStringLiteral("--tls"), cert, key, QStringLiteral("--auth"),
                               QStringLiteral("mailer:") + kSmtpPassword}));
    const QString tls = QStringLiteral("security=tls\nuser=mailer\nca_file=%1\npassword=").arg(cert);
    BoxProcess box;
    box.setConfig(mailConfig(sink.port(), tls + QStringLiteral("wrong-Pa55word\n")));
    ASSERT_TRUE(box.start()) << qPrintable(box.output());
    HttpsClient api(box.apiUrl(), box.fingerprint());
    ASSERT_NO_FATAL_FAILURE(prepareOperators(api));
    ASSERT_EQ(api.put(QStringLiteral("/api/v1/customer"), customerJson()).status, 200);

    // A refused login is a configuration fault, not the mail's: the mails wait, with the reason.
    ASSERT_TRUE(waitUntil([&] {
        const QJsonArray list = outbox(api);
        if (list.size() != 3)
            return false;
        for (const QJsonValue v : list)
            if (v.toObject().value(QStringLiteral("lastError")).toString().isEmpty())
                return false;
        return true;
    }));
    for (const QJsonValue v : outbox(api)) {
        const QJsonObject m = v.toObject();
        EXPECT_NE(m.value(QStringLiteral("state")).toString(), QStringLiteral("failed-permanently"));
        EXPECT_TRUE(m.value(QStringLiteral("lastError")).toString().contains(QStringLiteral("Login denied")))
            << qPrintable(m.value(QStringLiteral("lastError")).toString());
        EXPECT_FALSE(m.value(QStringLiteral("lastError")).toString().contains(QStringLiteral("wrong-Pa55word")));
    }
    EXPECT_TRUE(sink.mails().isEmpty());
    ASSERT_TRUE(box.stop());
    EXPECT_FALSE(box.output().contains(QStringLiteral("wrong-Pa55word")));

    box.setConfig(mailConfig(sink.port(), tls + kSmtpPassword + QStringLiteral("\n")));
    ASSERT_TRUE(box.start()) << qPrintable(box.output());
    ASSERT_TRUE(sink.waitForMails(3)) << qPrintable(sink.output());
    for (const ReceivedMail &m : sink.mails())
        EXPECT_TRUE(m.envelope.value(QStringLiteral("auth")).toBool());
    ASSERT_TRUE(box.stop());
}
