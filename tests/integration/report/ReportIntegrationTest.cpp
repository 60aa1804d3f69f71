// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly report (F10) of a real box: a real service on loopback goes down and comes back while
// the real monitor watches it, the box is restarted, and the box builds and mails the report by
// its own schedule ([report] test_build_after_s) to a real SMTP server.
#include "MailBoxSupport.h"
#include "support/BoxProcess.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTcpServer>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace mente::test;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The decoded text of one part (text/plain or text/html) of a multipart mail.
QString part(const QByteArray &raw, const QByteArray &type)
{
    const QRegularExpression boundaryRe(QStringLiteral("boundary=\"([^\"]+)\""));
    const auto m = boundaryRe.match(QString::fromLatin1(raw));
    if (!m.hasMatch())
        return {};
    const QByteArray boundary = "--" + m.captured(1).toLatin1();
    qsizetype at = 0;
    while ((at = raw.indexOf(boundary, at)) >= 0) {
        at += boundary.size();
        const qsizetype next = raw.indexOf(boundary, at);
        const QByteArray section = raw.mid(at, next < 0 ? -1 : next - at);
        if (!section.contains("Content-Type: " + type))
            continue;
        const qsizetype body = section.indexOf("\r\n\r\n");
        return QString::fromUtf8(QByteArray::fromBase64(section.mid(body + 4).replace("\r\n", "")));
    }
    return {};
}

bool wellFormed(QString html, QString *error)
{
    html.remove(s("<!DOCTYPE html>"))
        .replace(s("<br>"), s("<br/>"))
        .replace(s("<meta charset=\"utf-8\">"), s("<meta charset=\"utf-8\"/>"));
    QXmlStreamReader xml(html);
    while (!xml.atEnd())
        xml.readNext();
    *error = xml.errorString();
    return !xml.hasError();
}

QString portState(HttpsClient &api, qint64 portId)
{
    for (const QJsonValue d : api.get(s("/api/v1/devices")).jsonArray())
        for (const QJsonValue p : d.toObject().value(s("ports")).toArray())
            if (p.toObject().value(s("id")).toInteger() == portId)
                return p.toObject().value(s("state")).toString();
    return {};
}

QList<ReceivedMail> reportMails(const SmtpSink &sink)
{
    QList<ReceivedMail> out;
    for (const ReceivedMail &m : sink.mails())
        if (m.mail.subject.contains(s("月次レポート")) || m.mail.subject.contains(s("Monthly report")))
            out << m;
    return out;
}
} // namespace

TEST(ReportIntegration, TheBoxBuildsAndMailsTheReportOfRealFaultsOnItsSchedule)
{
    QTcpServer service; // the monitored service: a plain TCP port of this process
    ASSERT_TRUE(service.listen(QHostAddress::LocalHost, 0));
    const quint16 servicePort = service.serverPort();
    SmtpSink sink;
    ASSERT_TRUE(sink.start());
    BoxProcess box;
    const QString monitor = s("[monitor]\ninterval_s=1\ntimeout_ms=500\nretries=2\nrecoveries=1\ngateway=none\n");
    box.setConfig(mailConfig(sink.port()) + monitor + s("[report]\nheartbeat_s=1\n"));
    ASSERT_TRUE(box.start()) << qPrintable(box.output());
    {
        HttpsClient api(box.apiUrl(), box.fingerprint());
        ASSERT_NO_FATAL_FAILURE(prepareOperators(api)); // suzuki (ja) and tanaka (ja) receive fault mail
        ASSERT_EQ(api.put(s("/api/v1/operators/1"), {{s("receivesFaultMail"), true}}).status, 200); // admin (en) too
        ASSERT_NO_FATAL_FAILURE(registerCustomerAndLicence(api));
        ASSERT_TRUE(sink.waitForMails(6)); // registration and licence mails
        const auto device = api.post(s("/api/v1/devices"), {{s("ip"), s("127.0.0.1")}});
        ASSERT_EQ(device.status, 201) << device.body.constData();
        const auto port = api.post(s("/api/v1/devices/%1/ports").arg(device.json().value(s("id")).toInteger()),
                                   {{s("port"), int(servicePort)}, {s("protocol"), QString()}});
        ASSERT_EQ(port.status, 201) << port.body.constData();
        const qint64 portId = port.json().value(s("id")).toInteger();
        ASSERT_EQ(api.patch(s("/api/v1/ports/%1").arg(portId), {{s("monitor"), true}}).status, 200);
        ASSERT_TRUE(waitUntil([&] { return portState(api, portId) == QLatin1String("ok"); }, 15000));
        service.close(); // the service goes down …
        ASSERT_TRUE(waitUntil([&] { return portState(api, portId) == QLatin1String("fault"); }, 15000));
        ASSERT_TRUE(service.listen(QHostAddress::LocalHost, servicePort)); // … and comes back
        ASSERT_TRUE(waitUntil([&] { return portState(api, portId) == QLatin1String("ok"); }, 15000));
    }
    // A restart: the box is down for a while (a gap in box_runs), then builds on its schedule.
    ASSERT_TRUE(box.stop());
    waitUntil([] { return false; }, 2500);
    box.setConfig(mailConfig(sink.port()) + monitor + s("[report]\nheartbeat_s=1\ntest_build_after_s=3\n"));
    ASSERT_TRUE(box.start()) << qPrintable(box.output());
    HttpsClient api(box.apiUrl(), box.fingerprint());
    ASSERT_EQ(api.login(s("admin"), kAdminPassword).status, 200);

    ASSERT_TRUE(waitUntil([&] { return reportMails(sink).size() >= 4; }, 30000)) << qPrintable(box.output());
    const QList<ReceivedMail> mails = reportMails(sink);
    QStringList to;
    for (const ReceivedMail &m : mails)
        to += m.to;
    to.sort();
    EXPECT_EQ(to, (QStringList{s("admin@si.example.jp"), s("hanako@customer.example.jp"), s("suzuki@si.example.jp"),
                               s("tanaka@si.example.jp")}));
    const ReceivedMail *customer = find(mails, s("hanako@customer.example.jp"), s("月次レポート"));
    ASSERT_NE(customer, nullptr);
    EXPECT_TRUE(customer->raw.contains("multipart/alternative"));
    const QString text = part(customer->raw, "text/plain");
    const QString html = part(customer->raw, "text/html");
    EXPECT_TRUE(text.contains(s("◆稼働率◆"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(s("127.0.0.1:%1").arg(servicePort))) << qPrintable(text);
    EXPECT_TRUE(text.contains(s("途中経過"))) << "the current month is partial";
    QString xmlError;
    EXPECT_TRUE(wellFormed(html, &xmlError)) << qPrintable(xmlError);
    EXPECT_TRUE(html.contains(s("<html lang=\"ja\">")));
    EXPECT_TRUE(html.contains(s("F X C株式会社")));
    EXPECT_TRUE(html.contains(s("BOX 停止"))) << "the restart gap is an outage";
    const ReceivedMail *english = find(mails, s("admin@si.example.jp"), s("Monthly report"));
    ASSERT_NE(english, nullptr) << "the admin reads English";
    EXPECT_TRUE(part(english->raw, "text/html").contains(s("Availability")));

    // The kept report, as JSON.
    const QJsonArray list = api.get(s("/api/v1/reports")).jsonArray();
    ASSERT_EQ(list.size(), 1);
    const qint64 id = list.first().toObject().value(s("id")).toInteger();
    EXPECT_TRUE(list.first().toObject().value(s("partial")).toBool());
    EXPECT_FALSE(list.first().toObject().value(s("sentAt")).isNull());
    const auto one = api.get(s("/api/v1/reports/%1").arg(id));
    ASSERT_EQ(one.status, 200);
    const QJsonObject report = one.json();
    QJsonObject portRow;
    for (const QJsonValue t : report.value(s("targets")).toArray())
        if (t.toObject().value(s("kind")).toString() == QLatin1String("port"))
            portRow = t.toObject();
    ASSERT_FALSE(portRow.isEmpty()) << one.body.constData();
    EXPECT_GT(portRow.value(s("fault")).toDouble(), 0.0);
    EXPECT_GT(portRow.value(s("ok")).toDouble(), 0.0);
    EXPECT_GT(portRow.value(s("unknown")).toDouble(), 0.0) << "the restart gap is unknown";
    EXPECT_NEAR(portRow.value(s("ok")).toDouble() + portRow.value(s("fault")).toDouble()
                    + portRow.value(s("unknown")).toDouble() + portRow.value(s("muted")).toDouble(),
                1.0, 0.0003);
    const QJsonArray faults = report.value(s("faults")).toArray();
    ASSERT_EQ(faults.size(), 1) << one.body.constData();
    EXPECT_FALSE(faults.first().toObject().value(s("end")).isNull());
    EXPECT_GE(faults.first().toObject().value(s("durationSeconds")).toInteger(), 1);
    bool gap = false;
    for (const QJsonValue o : report.value(s("outages")).toArray())
        gap = gap || o.toObject().value(s("kind")).toString() == QLatin1String("box-down");
    EXPECT_TRUE(gap) << one.body.constData();

    // The fleet row names last month's availability only once that month's whole report is kept.
    const QJsonObject status = api.get(s("/api/v1/status")).json();
    EXPECT_TRUE(status.contains(s("lastMonthOk")));
    EXPECT_TRUE(status.value(s("lastMonthOk")).isNull()) << "only this month's partial report exists";

    // As HTML.
    const auto page = api.get(s("/api/v1/reports/%1?format=html&lang=en").arg(id));
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(page.header("Content-Type").startsWith("text/html"));
    EXPECT_TRUE(wellFormed(QString::fromUtf8(page.body), &xmlError)) << qPrintable(xmlError);
    EXPECT_TRUE(page.body.contains("Monthly report"));

    // Send again: one more mail per recipient.
    const int before = int(reportMails(sink).size());
    ASSERT_EQ(api.post(s("/api/v1/reports/%1/send").arg(id), {}).status, 200);
    EXPECT_TRUE(waitUntil([&] { return reportMails(sink).size() >= before + 4; }, 20000));

    // Rebuild replaces and says so; bad and future months name the field; before the box: empty.
    const QString month = report.value(s("month")).toString();
    const auto rebuilt = api.post(s("/api/v1/reports"), {{s("month"), month}});
    ASSERT_EQ(rebuilt.status, 200) << rebuilt.body.constData();
    EXPECT_TRUE(rebuilt.json().value(s("rebuilt")).toBool());
    EXPECT_EQ(rebuilt.json().value(s("id")).toInteger(), id);
    for (const QString &bad : {s("2026-13"), s("next month"), s("2999-01")}) {
        const auto r = api.post(s("/api/v1/reports"), {{s("month"), bad}});
        EXPECT_EQ(r.status, 400) << qPrintable(bad);
        EXPECT_EQ(r.errorField(), s("month")) << qPrintable(bad);
    }
    const auto old = api.post(s("/api/v1/reports"), {{s("month"), s("2020-01")}});
    ASSERT_EQ(old.status, 201) << old.body.constData();
    EXPECT_TRUE(old.json().value(s("empty")).toBool());
    EXPECT_TRUE(api.get(s("/api/v1/reports/%1?format=html&lang=ja").arg(old.json().value(s("id")).toInteger()))
                    .body.contains("報告する内容はありません"));
    EXPECT_EQ(api.get(s("/api/v1/reports/999")).status, 404);
    EXPECT_EQ(api.post(s("/api/v1/reports/999/send"), {}).status, 404);
    ASSERT_TRUE(box.stop());
}
