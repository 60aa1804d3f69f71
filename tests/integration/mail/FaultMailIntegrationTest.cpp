// SPDX-License-Identifier: GPL-3.0-or-later
// Fault, repeat and recovery mails (§29 ③⑥) of a real service going down, watched by the real monitor.
#include "MailBoxSupport.h"
#include "support/BoxProcess.h"

#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTcpServer>

#include <gtest/gtest.h>

using namespace mente::test;

namespace {
// Fault mails need the monitor (issue C, monitor half); the box lists /metrics once it is built in.
bool monitoringBuiltIn()
{
    int code = -1;
    const QByteArray routes = BoxProcess::run({QStringLiteral("--list-routes")}, &code);
    return code == 0 && routes.contains("\"/metrics\"");
}

QString portState(HttpsClient &api, qint64 portId)
{
    for (const QJsonValue d : api.get(QStringLiteral("/api/v1/devices")).jsonArray())
        for (const QJsonValue p : d.toObject().value(QStringLiteral("ports")).toArray())
            if (p.toObject().value(QStringLiteral("id")).toInteger() == portId)
                return p.toObject().value(QStringLiteral("state")).toString();
    return {};
}

QList<ReceivedMail> withSubject(const QList<ReceivedMail> &mails, const QString &part)
{
    QList<ReceivedMail> found;
    for (const ReceivedMail &m : mails)
        if (m.mail.subject.contains(part))
            found << m;
    return found;
}

QStringList recipientsOf(const QList<ReceivedMail> &mails)
{
    QStringList to;
    for (const ReceivedMail &m : mails)
        to += m.to;
    to.sort();
    to.removeDuplicates();
    return to;
}
} // namespace

TEST(MailIntegration, FaultRepeatAndRecoveryOfARealServiceAreMailed)
{
    if (!monitoringBuiltIn())
        GTEST_SKIP() << "the monitor is not in this build yet: fault mails are covered by unit_mail";
    QTcpServer service; // the monitored service: a plain TCP port of this process
    ASSERT_TRUE(service.listen(QHostAddress::LocalHost, 0));
    const quint16 servicePort = service.serverPort();

    SmtpSink sink;
    ASSERT_TRUE(sink.start());
    BoxProcess box;
    box.setConfig(mailConfig(sink.port(), QStringLiteral("repeat_min=0.05\n"))
                  + QStringLiteral("[monitor]\ninterval_s=1\ntimeout_ms=500\nretries=2\nrecoveries=1\ngateway=none\n"));
    ASSERT_TRUE(box.start()) << qPrintable(box.output());
    HttpsClient api(box.apiUrl(), box.fingerprint());
    ASSERT_NO_FATAL_FAILURE(prepareOperators(api)); // suzuki (admin) and tanaka receive fault mail, admin not
    QJsonObject customer = customerJson();
    customer.insert(QStringLiteral("mailOnFault"), true);
    customer.insert(QStringLiteral("notify"), QJsonObject{{QStringLiteral("device"), true}});
    ASSERT_EQ(api.put(QStringLiteral("/api/v1/customer"), customer).status, 200);
    ASSERT_EQ(api.put(QStringLiteral("/api/v1/license"), {{QStringLiteral("key"), QStringLiteral("1234-5678-9ABC-DEFR")}}).status,
              200);
    ASSERT_TRUE(sink.waitForMails(6)); // ①②④⑤

    const auto device = api.post(QStringLiteral("/api/v1/devices"), {{QStringLiteral("ip"), QStringLiteral("127.0.0.1")}});
    ASSERT_EQ(device.status, 201) << device.body.constData();
    const auto port = api.post(QStringLiteral("/api/v1/devices/%1/ports").arg(device.json().value(QStringLiteral("id")).toInteger()),
                               {{QStringLiteral("port"), int(servicePort)}, {QStringLiteral("protocol"), QString()}});
    ASSERT_EQ(port.status, 201) << port.body.constData();
    const qint64 portId = port.json().value(QStringLiteral("id")).toInteger();
    ASSERT_EQ(api.patch(QStringLiteral("/api/v1/ports/%1").arg(portId), {{QStringLiteral("monitor"), true}}).status, 200);
    ASSERT_TRUE(waitUntil([&] { return portState(api, portId) == QLatin1String("ok"); }, 15000));

    const QStringList faultRecipients{QStringLiteral("hanako@customer.example.jp"), QStringLiteral("suzuki@si.example.jp"),
                                      QStringLiteral("tanaka@si.example.jp")};
    service.close(); // the service goes down
    ASSERT_TRUE(waitUntil([&] { return withSubject(sink.mails(), QStringLiteral("障害発生時の通知")).size() >= 3; }, 20000));
    const QList<ReceivedMail> faults = withSubject(sink.mails(), QStringLiteral("障害発生時の通知"));
    EXPECT_EQ(recipientsOf(faults), faultRecipients);
    const ReceivedMail &first = faults.first();
    EXPECT_TRUE(first.mail.body.contains(QStringLiteral("【機器状態】"))) << qPrintable(first.mail.body);
    EXPECT_TRUE(first.mail.body.contains(QStringLiteral("機器 127.0.0.1")));
    EXPECT_TRUE(first.mail.body.contains(QStringLiteral("のポート %1/").arg(servicePort)));
    EXPECT_TRUE(first.mail.body.contains(QStringLiteral("異常")));

    // While it lasts it is mailed again (repeat_min=0.05: every 3 s).
    ASSERT_TRUE(waitUntil([&] { return withSubject(sink.mails(), QStringLiteral("障害発生時の通知")).size() >= 6; }, 15000));
    bool repeatSaysSince = false;
    for (const ReceivedMail &m : withSubject(sink.mails(), QStringLiteral("障害発生時の通知")))
        repeatSaysSince = repeatSaysSince || m.mail.body.contains(QStringLiteral("から続いています"));
    EXPECT_TRUE(repeatSaysSince);

    ASSERT_TRUE(service.listen(QHostAddress::LocalHost, servicePort)); // and comes back
    ASSERT_TRUE(waitUntil([&] { return withSubject(sink.mails(), QStringLiteral("復旧時の通知")).size() >= 3; }, 20000));
    EXPECT_EQ(recipientsOf(withSubject(sink.mails(), QStringLiteral("復旧時の通知"))), faultRecipients);
    const int total = sink.mails().size();
    waitUntil([] { return false; }, 4000);
    EXPECT_EQ(sink.mails().size(), total) << "no repeat after the recovery";

    bool faultWithEvent = false;
    for (const QJsonValue v : outbox(api)) {
        const QJsonObject m = v.toObject();
        if (m.value(QStringLiteral("kind")).toString() == QLatin1String("fault"))
            faultWithEvent = m.value(QStringLiteral("eventSeq")).toInteger() > 0;
    }
    EXPECT_TRUE(faultWithEvent) << "a fault mail names the event that caused it";
    ASSERT_TRUE(box.stop());
}
