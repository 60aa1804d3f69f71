// SPDX-License-Identifier: GPL-3.0-or-later
// F9 through the real mente-box and a real SMTP server: registration and licence mails
// (§29 ①②④⑤), the outbox API, delivery after an SMTP outage across a restart, a refused recipient.
#include "MailBoxSupport.h"
#include "support/BoxProcess.h"

#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTcpServer>

#include <gtest/gtest.h>

using namespace mente::test;

TEST(MailIntegration, RegistrationAndLicenceMailsReachCustomerAndAdmins)
{
    SmtpSink sink;
    ASSERT_TRUE(sink.start());
    BoxProcess box;
    box.setConfig(mailConfig(sink.port(), QStringLiteral("user=\npassword=%1\n").arg(kSmtpPassword)));
    ASSERT_TRUE(box.start()) << qPrintable(box.output());
    HttpsClient api(box.apiUrl(), box.fingerprint());
    ASSERT_NO_FATAL_FAILURE(prepareOperators(api));
    ASSERT_NO_FATAL_FAILURE(registerCustomerAndLicence(api));

    // ① customer, ④ admin (en) and suzuki (ja admin); ② and ⑤ likewise. tanaka is no admin.
    ASSERT_TRUE(sink.waitForMails(6)) << sink.mails().size();
    const QList<ReceivedMail> mails = sink.mails();
    ASSERT_EQ(mails.size(), 6);
    const QString customer = QStringLiteral("hanako@customer.example.jp");
    const QString admin = QStringLiteral("admin@si.example.jp");
    const QString suzuki = QStringLiteral("suzuki@si.example.jp");
    for (const ReceivedMail &m : mails) {
        EXPECT_NE(m.to.first(), QStringLiteral("tanaka@si.example.jp"));
        EXPECT_EQ(m.envelope.value(QStringLiteral("from")).toString(), QStringLiteral("box@example.jp"));
        EXPECT_EQ(m.mail.headers.value("from"), QByteArray("box@example.jp"));
        EXPECT_FALSE(m.mail.headers.value("message-id").isEmpty());
        EXPECT_FALSE(m.mail.headers.value("date").isEmpty());
        EXPECT_EQ(m.mail.headers.value("content-type"), QByteArray("text/plain; charset=UTF-8"));
    }
    const ReceivedMail *one = find(mails, customer, QStringLiteral("ユーザ登録完了のお知らせ"));
    ASSERT_TRUE(one);
    EXPECT_EQ(one->mail.subject, QStringLiteral("[Mente MAILTEST0001] ユーザ登録完了のお知らせ"));
    EXPECT_TRUE(one->mail.body.startsWith(QStringLiteral("F X C株式会社 山田 花子 様")));
    EXPECT_TRUE(one->mail.body.contains(QStringLiteral("住所1\t板橋区志村1-15-1")));
    EXPECT_TRUE(one->mail.body.contains(QStringLiteral("BOX のシリアル番号\tMAILTEST0001")));
    const ReceivedMail *two = find(mails, customer, QStringLiteral("運用保守ライセンス登録のお知らせ"));
    ASSERT_TRUE(two);
    EXPECT_TRUE(two->mail.body.contains(QStringLiteral("運用保守ライセンスキー\t1234-5678-9ABC-DEFR")));
    const ReceivedMail *fourJa = find(mails, suzuki, QStringLiteral("ユーザ登録完了通知"));
    ASSERT_TRUE(fourJa);
    EXPECT_TRUE(fourJa->mail.body.startsWith(QStringLiteral("鈴木一郎（suzuki） 様")));
    const ReceivedMail *fiveJa = find(mails, suzuki, QStringLiteral("運用保守ライセンス登録通知"));
    ASSERT_TRUE(fiveJa);
    const ReceivedMail *fourEn = find(mails, admin, QStringLiteral("Customer registration completed"));
    ASSERT_TRUE(fourEn);
    EXPECT_TRUE(fourEn->mail.body.contains(QStringLiteral("Company\tF X C株式会社")));
    EXPECT_FALSE(fourEn->mail.body.contains(QStringLiteral("様")));
    ASSERT_TRUE(find(mails, admin, QStringLiteral("Maintenance licence registered")));

    // The outbox shows them all as sent, with recipients and subjects, never the SMTP password.
    ASSERT_TRUE(waitUntil([&] { return allSent(api, 6); }));
    const auto raw = api.get(QStringLiteral("/api/v1/outbox"));
    EXPECT_FALSE(raw.body.contains(kSmtpPassword.toUtf8()));
    const QJsonObject first = raw.jsonArray().first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("attempts")).toInt(), 1);
    EXPECT_EQ(first.value(QStringLiteral("recipients")).toArray().size(), 1);
    EXPECT_FALSE(first.value(QStringLiteral("subject")).toString().isEmpty());
    EXPECT_EQ(outbox(api, QStringLiteral("?state=queued")).size(), 0);

    // Updating the registration is no new registration: no mail.
    ASSERT_EQ(api.put(QStringLiteral("/api/v1/customer"), customerJson()).status, 200);
    waitUntil([] { return false; }, 1000);
    EXPECT_EQ(sink.mails().size(), 6);

    // Bad input: unknown or malformed ids, a sent mail, a bad filter; non-admins may not look.
    const qint64 sentId = first.value(QStringLiteral("id")).toInteger();
    EXPECT_EQ(api.post(QStringLiteral("/api/v1/outbox/999999/retry"), {}).status, 404);
    EXPECT_EQ(api.post(QStringLiteral("/api/v1/outbox/abc/retry"), {}).status, 404);
    const auto conflict = api.post(QStringLiteral("/api/v1/outbox/%1/retry").arg(sentId), {});
    EXPECT_EQ(conflict.status, 409) << conflict.body.constData();
    const auto badState = api.get(QStringLiteral("/api/v1/outbox?state=lost"));
    EXPECT_EQ(badState.status, 400);
    EXPECT_EQ(badState.errorField(), QStringLiteral("state"));
    EXPECT_EQ(api.get(QStringLiteral("/api/v1/outbox?limit=-1")).status, 400);
    HttpsClient tanaka(box.apiUrl(), box.fingerprint());
    ASSERT_EQ(tanaka.login(QStringLiteral("tanaka"), QStringLiteral("Passw0rdLong")).status, 200);
    EXPECT_EQ(tanaka.get(QStringLiteral("/api/v1/outbox")).status, 403);
    EXPECT_EQ(tanaka.post(QStringLiteral("/api/v1/outbox/%1/retry").arg(sentId), {}).status, 403);

    ASSERT_TRUE(box.stop());
    EXPECT_FALSE(box.output().contains(kSmtpPassword)) << "the SMTP password must never be logged";
}

TEST(MailIntegration, MailsQueuedWhileSmtpIsDownAreDeliveredAfterARestart)
{
    const quint16 port = SmtpSink::freePort(); // nothing listens there yet
    BoxProcess box;
    box.setConfig(mailConfig(port, QStringLiteral("user=mailer\npassword=%1\n").arg(kSmtpPassword)));
    ASSERT_TRUE(box.start()) << qPrintable(box.output());
    HttpsClient api(box.apiUrl(), box.fingerprint());
    ASSERT_NO_FATAL_FAILURE(prepareOperators(api));
    ASSERT_NO_FATAL_FAILURE(registerCustomerAndLicence(api));

    // Every mail is kept, with its failed attempts and the reason.
    ASSERT_TRUE(waitUntil([&] {
        const QJsonArray list = outbox(api);
        if (list.size() != 6)
            return false;
        for (const QJsonValue &v : list)
            if (v.toObject().value(QStringLiteral("attempts")).toInt() < 1)
                return false;
        return true;
    }));
    for (const QJsonValue &v : outbox(api)) {
        const QJsonObject m = v.toObject();
        EXPECT_NE(m.value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
        EXPECT_NE(m.value(QStringLiteral("state")).toString(), QStringLiteral("failed-permanently"));
        EXPECT_FALSE(m.value(QStringLiteral("lastError")).toString().isEmpty());
        EXPECT_FALSE(m.value(QStringLiteral("lastError")).toString().contains(kSmtpPassword));
    }
    ASSERT_TRUE(box.stop());

    SmtpSink sink;
    ASSERT_TRUE(sink.start(port));
    ASSERT_TRUE(box.start()) << qPrintable(box.output());
    HttpsClient again(box.apiUrl(), box.fingerprint());
    ASSERT_EQ(again.login(QStringLiteral("admin"), kAdminPassword).status, 200);
    ASSERT_TRUE(sink.waitForMails(6, 30000)) << sink.mails().size();
    ASSERT_TRUE(waitUntil([&] { return allSent(again, 6); }, 10000));
    QSet<QString> recipients;
    QSet<QByteArray> ids;
    for (const ReceivedMail &m : sink.mails()) {
        recipients.insert(m.to.first());
        ids.insert(m.mail.headers.value("message-id"));
    }
    EXPECT_EQ(recipients, (QSet<QString>{QStringLiteral("hanako@customer.example.jp"), QStringLiteral("admin@si.example.jp"),
                                         QStringLiteral("suzuki@si.example.jp")}));
    EXPECT_EQ(ids.size(), 6) << "six different mails";
    ASSERT_TRUE(box.stop());
    EXPECT_FALSE(box.output().contains(kSmtpPassword));
}

TEST(MailIntegration, RefusedRecipientFailsPermanentlyAndIsRetriedByHand)
{
    SmtpSink sink;
    ASSERT_TRUE(sink.start(0, {QStringLiteral("--reject"), QStringLiteral("hanako@")}));
    BoxProcess box;
    box.setConfig(mailConfig(sink.port()));
    ASSERT_TRUE(box.start()) << qPrintable(box.output());
    HttpsClient api(box.apiUrl(), box.fingerprint());
    ASSERT_NO_FATAL_FAILURE(prepareOperators(api));
    ASSERT_NO_FATAL_FAILURE(registerCustomerAndLicence(api));
    ASSERT_TRUE(sink.waitForMails(4));
    qint64 refused = 0;
    ASSERT_TRUE(waitUntil([&] {
        const QJsonArray failed = outbox(api, QStringLiteral("?state=failed-permanently"));
        if (failed.size() != 2)
            return false;
        refused = failed.first().toObject().value(QStringLiteral("id")).toInteger();
        return true;
    }));
    const QJsonObject failed = outbox(api, QStringLiteral("?state=failed-permanently")).first().toObject();
    EXPECT_TRUE(failed.value(QStringLiteral("lastError")).toString().contains(QStringLiteral("550")))
        << qPrintable(failed.value(QStringLiteral("lastError")).toString());
    EXPECT_EQ(failed.value(QStringLiteral("recipients")).toArray().first().toString(),
              QStringLiteral("hanako@customer.example.jp"));

    // The mailbox exists now: an admin retries the mail and it goes out.
    sink.stop();
    SmtpSink fixed;
    ASSERT_TRUE(fixed.start(sink.port()));
    const auto retried = api.post(QStringLiteral("/api/v1/outbox/%1/retry").arg(refused), {});
    ASSERT_EQ(retried.status, 200) << retried.body.constData();
    EXPECT_EQ(retried.json().value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
    ASSERT_TRUE(fixed.waitForMails(1));
    EXPECT_EQ(fixed.mails().first().to, QStringList{QStringLiteral("hanako@customer.example.jp")});
    ASSERT_TRUE(box.stop());
}
