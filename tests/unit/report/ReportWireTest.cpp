// SPDX-License-Identifier: GPL-3.0-or-later
// The report's wire types (shared with the console), its HTML and text, and the two-part MIME mail.
#include "MailTestSupport.h"
#include "notify/MimeBuilder.h"
#include "report/ReportRenderer.h"
#include "shared/Report.h"

#include <QJsonArray>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace mente;
using namespace mente::box;

namespace {
MonthlyReport sample()
{
    MonthlyReport r;
    r.id = 7;
    r.month = QDate(2026, 10, 1);
    r.from = QDateTime(QDate(2026, 9, 30), QTime(15, 0), Qt::UTC);
    r.to = QDateTime(QDate(2026, 10, 31), QTime(15, 0), Qt::UTC);
    r.coveredUntil = r.to;
    r.timeZone = QStringLiteral("Asia/Tokyo");
    r.builtAt = r.to.addSecs(60);
    r.company = QStringLiteral("株式会社テスト & Co <b>");
    r.serial = QStringLiteral("SERIAL123456");
    r.targets = {
        {QStringLiteral("device"), 3, QStringLiteral("192.168.1.10 (nas)"), 2678400, 0.9806, 0.0125, 0.0028, 0.0041}};
    r.faults = {{QStringLiteral("device"), 3, QStringLiteral("192.168.1.10 (nas)"), r.from.addSecs(3600),
                 r.from.addSecs(7200), 3600, QStringLiteral("timeout"), QStringLiteral("suzuki")},
                {QStringLiteral("device"),
                 3,
                 QStringLiteral("192.168.1.10 (nas)"),
                 r.to.addSecs(-600),
                 {},
                 600,
                 QStringLiteral("refused"),
                 {}}};
    r.devicesAppeared = {{4, QStringLiteral("192.168.1.20"), QStringLiteral("00:11:22:33:44:55"), r.from.addDays(3)}};
    r.mailsSent.insert(QStringLiteral("fault"), 3);
    return r;
}
} // namespace

TEST(ReportWire, RoundTripsThroughJson)
{
    const MonthlyReport r = sample();
    const auto back = MonthlyReport::fromJson(r.toJson());
    ASSERT_TRUE(back.ok()) << qPrintable(back.error().message);
    EXPECT_EQ(back->toJson(), r.toJson());
    EXPECT_EQ(r.toJson().value(QStringLiteral("month")).toString(), QStringLiteral("2026-10"));
    const QJsonObject t = r.toJson().value(QStringLiteral("targets")).toArray().first().toObject();
    EXPECT_DOUBLE_EQ(t.value(QStringLiteral("ok")).toDouble(), 0.9806);
    EXPECT_TRUE(
        r.toJson().value(QStringLiteral("faults")).toArray().at(1).toObject().value(QStringLiteral("end")).isNull());
    const ReportSummary s = ReportSummary::of(r);
    EXPECT_EQ(s.faults, 2);
    ASSERT_TRUE(s.ok.has_value());
    EXPECT_DOUBLE_EQ(*s.ok, 0.9806);
    const auto summary = ReportSummary::fromJson(s.toJson());
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->toJson(), s.toJson());
}

TEST(ReportWire, ABadFieldIsNamed)
{
    QJsonObject json = sample().toJson();
    QJsonArray targets = json.value(QStringLiteral("targets")).toArray();
    QJsonObject t = targets.first().toObject();
    t.insert(QStringLiteral("ok"), 1.5);
    targets.replace(0, t);
    json.insert(QStringLiteral("targets"), targets);
    const auto bad = MonthlyReport::fromJson(json);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field, QStringLiteral("targets[0].ok"));

    QJsonObject badTime = sample().toJson();
    QJsonArray faults = badTime.value(QStringLiteral("faults")).toArray();
    QJsonObject f = faults.first().toObject();
    f.insert(QStringLiteral("start"), QStringLiteral("yesterday"));
    faults.replace(0, f);
    badTime.insert(QStringLiteral("faults"), faults);
    EXPECT_EQ(MonthlyReport::fromJson(badTime).error().field, QStringLiteral("faults[0].start"));
}

TEST(ReportWire, MonthMustBeAYearAndAMonth)
{
    EXPECT_EQ(*reportMonthFromJson({{QStringLiteral("month"), QStringLiteral("2026-10")}}), QDate(2026, 10, 1));
    for (const QString &bad : {QStringLiteral("2026-13"), QStringLiteral("2026-1"), QStringLiteral("October"),
                               QStringLiteral("2026-10-01"), QString()}) {
        const auto r = reportMonthFromJson({{QStringLiteral("month"), bad}});
        ASSERT_FALSE(r.ok()) << qPrintable(bad);
        EXPECT_EQ(r.error().field, QStringLiteral("month"));
    }
    EXPECT_EQ(reportMonthFromJson({{QStringLiteral("month"), 202610}}).error().field, QStringLiteral("month"));
}

TEST(ReportWire, HtmlIsWellFormedEscapedAndInTheRecipientsLanguage)
{
    for (const QString &lang : {QStringLiteral("ja"), QStringLiteral("en")}) {
        const QString html = ReportRenderer::html(sample(), lang);
        // The page is XHTML-clean enough for an XML reader once the doctype is dropped.
        QXmlStreamReader xml(
            QString(html)
                .remove(QStringLiteral("<!DOCTYPE html>"))
                .replace(QStringLiteral("<br>"), QStringLiteral("<br/>"))
                .replace(QStringLiteral("<meta charset=\"utf-8\">"), QStringLiteral("<meta charset=\"utf-8\"/>")));
        while (!xml.atEnd())
            xml.readNext();
        EXPECT_FALSE(xml.hasError()) << qPrintable(xml.errorString()) << " " << qPrintable(lang);
        EXPECT_TRUE(html.contains(QStringLiteral("株式会社テスト &amp; Co &lt;b&gt;")));
        EXPECT_TRUE(html.contains(QStringLiteral("98.06 %")));
        EXPECT_TRUE(
            html.contains(lang == QLatin1String("ja") ? QStringLiteral("稼働率") : QStringLiteral("Availability")));
        EXPECT_TRUE(
            html.contains(lang == QLatin1String("ja") ? QStringLiteral("継続中") : QStringLiteral("still open")));
        EXPECT_TRUE(html.contains(QStringLiteral("2026-10-01 01:00"))); // shown in Tokyo time
    }
    const QString text = ReportRenderer::availabilityText(sample(), QStringLiteral("en"));
    EXPECT_TRUE(text.contains(QStringLiteral("192.168.1.10 (nas)")));
    EXPECT_TRUE(text.contains(QStringLiteral("98.06 %")));
}

TEST(ReportWire, AMailWithHtmlIsMultipartAlternativeWithBothParts)
{
    MailMessage m;
    m.from = QStringLiteral("box@example.jp");
    m.to = QStringLiteral("hanako@customer.example.jp");
    m.subject = QStringLiteral("月次レポート 2026-10");
    m.body = QStringLiteral("稼働率 98.06 %\n");
    m.htmlBody = QStringLiteral("<p>稼働率 98.06 %</p>");
    const QByteArray raw = MimeBuilder::build(m);
    EXPECT_TRUE(raw.contains("Content-Type: multipart/alternative;\r\n boundary=\""));
    const qsizetype plain = raw.indexOf("Content-Type: text/plain; charset=UTF-8");
    const qsizetype html = raw.indexOf("Content-Type: text/html; charset=UTF-8");
    ASSERT_GT(plain, 0);
    EXPECT_GT(html, plain); // the richer part last
    EXPECT_TRUE(raw.contains(QByteArray("<p>稼働率 98.06 %</p>").toBase64().left(40)));
    for (const QByteArray &line : raw.split('\n'))
        EXPECT_LE(line.size(), 79);
    // Without HTML it stays the one plain part it always was.
    m.htmlBody.clear();
    EXPECT_FALSE(MimeBuilder::build(m).contains("multipart"));
}

TEST(ReportWire, DurationsReadAsPeopleSayThem)
{
    EXPECT_EQ(ReportRenderer::duration(5, QStringLiteral("en")), QStringLiteral("5 s"));
    EXPECT_EQ(ReportRenderer::duration(5, QStringLiteral("ja")), QStringLiteral("5 秒"));
    EXPECT_EQ(ReportRenderer::duration(3660, QStringLiteral("ja")), QStringLiteral("1 時間 1 分"));
    EXPECT_EQ(ReportRenderer::duration(61, QStringLiteral("en")), QStringLiteral("0 h 2 min")); // minutes round up
}
