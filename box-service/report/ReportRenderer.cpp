// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportRenderer.h"

#include "notify/MailTemplates.h"

#include <QTimeZone>

namespace mente::box {

namespace {
QString w(const QString &language, const char *key, const MailTemplates::Values &values = {})
{
    return MailTemplates::word(language, QString::fromLatin1(key), values);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cell(const QString &text, const char *cls = nullptr)
{
    return cls ? QStringLiteral("<td class=\"%1\">%2</td>").arg(QString::fromLatin1(cls), esc(text))
               : QStringLiteral("<td>%1</td>").arg(esc(text));
}

QString header(const QStringList &names)
{
    QString out = QStringLiteral("<tr>");
    for (const QString &n : names)
        out += QStringLiteral("<th>%1</th>").arg(esc(n));
    return out + QStringLiteral("</tr>");
}

QString faultTable(const QList<ReportFault> &faults, const MonthlyReport &r, const QString &lang)
{
    if (faults.isEmpty())
        return QStringLiteral("<p class=\"none\">%1</p>").arg(esc(w(lang, "report.none")));
    QString out = QStringLiteral("<table class=\"faults\">")
                  + header({w(lang, "report.col.target"), w(lang, "report.col.start"), w(lang, "report.col.end"),
                            w(lang, "report.col.duration"), w(lang, "report.col.cause"), w(lang, "report.col.ack")});
    for (const ReportFault &f : faults)
        out += QStringLiteral("<tr>") + cell(ReportRenderer::faultName(f, lang))
               + cell(ReportRenderer::localTime(f.start, r.timeZone))
               + cell(f.open() ? w(lang, "report.open") : ReportRenderer::localTime(f.end, r.timeZone))
               + cell(ReportRenderer::duration(f.durationSeconds, lang), "num") + cell(f.cause)
               + cell(f.acknowledgedBy.isEmpty() ? QStringLiteral("--") : f.acknowledgedBy) + QStringLiteral("</tr>");
    return out + QStringLiteral("</table>");
}

QString deviceList(const QList<ReportDeviceChange> &changes, const MonthlyReport &r, const QString &lang)
{
    if (changes.isEmpty())
        return esc(w(lang, "report.none"));
    QStringList items;
    for (const ReportDeviceChange &c : changes)
        items << esc(QStringLiteral("%1 %2 (%3)").arg(c.ip, c.mac, ReportRenderer::localTime(c.at, r.timeZone)))
                     .simplified();
    return items.join(QStringLiteral(", "));
}

// Pads to a width counting East Asian characters as two columns, for the text tables.
QString pad(const QString &text, int width)
{
    int columns = 0;
    for (const QChar c : text)
        columns += c.unicode() >= 0x1100 ? 2 : 1;
    return text + QString(std::max(0, width - columns), QLatin1Char(' '));
}
} // namespace

QString ReportRenderer::percent(double share)
{
    return QString::number(share * 100.0, 'f', 2) + QStringLiteral(" %");
}

QString ReportRenderer::targetName(const ReportTarget &t, const QString &lang)
{
    if (t.kind == QLatin1String("box") || t.kind == QLatin1String("vpn"))
        return MailTemplates::word(lang, QStringLiteral("report.kind.") + t.kind);
    return t.label;
}

QString ReportRenderer::faultName(const ReportFault &f, const QString &lang)
{
    if (f.kind == QLatin1String("box") || f.kind == QLatin1String("vpn") || f.kind == QLatin1String("box-down"))
        return MailTemplates::word(lang, QStringLiteral("report.kind.") + f.kind);
    return f.label;
}

QString ReportRenderer::duration(qint64 seconds, const QString &lang)
{
    if (seconds < 60) // a blip of a few seconds is not "1 min"
        return w(lang, "report.durationSeconds",
                 {{QStringLiteral("s"), QString::number(std::max<qint64>(0, seconds))}});
    const qint64 minutes = (seconds + 59) / 60;
    return w(
        lang, "report.duration",
        {{QStringLiteral("h"), QString::number(minutes / 60)}, {QStringLiteral("m"), QString::number(minutes % 60)}});
}

QString ReportRenderer::localTime(const QDateTime &time, const QString &zone)
{
    if (!time.isValid())
        return QStringLiteral("--");
    return time.toTimeZone(QTimeZone(zone.toLatin1())).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ReportRenderer::periodText(const MonthlyReport &r)
{
    return QStringLiteral("%1 – %2 (%3)").arg(localTime(r.from, r.timeZone), localTime(r.to, r.timeZone), r.timeZone);
}

QString ReportRenderer::note(const MonthlyReport &r, const QString &lang)
{
    QStringList lines;
    if (r.empty)
        lines << w(lang, "report.empty");
    if (r.partial)
        lines << w(lang, "report.partial", {{QStringLiteral("until"), localTime(r.coveredUntil, r.timeZone)}});
    if (r.rebuilt)
        lines << w(lang, "report.rebuilt", {{QStringLiteral("at"), localTime(r.builtAt, r.timeZone)}});
    return lines.join(QLatin1Char('\n'));
}

QString ReportRenderer::availabilityText(const MonthlyReport &r, const QString &lang)
{
    if (r.targets.isEmpty())
        return w(lang, "report.none") + QLatin1Char('\n');
    int width = 24;
    for (const ReportTarget &t : r.targets)
        width = std::max(width, int(targetName(t, lang).size()) + 2);
    QString out = pad(w(lang, "report.col.target"), width);
    for (const char *col : {"report.col.ok", "report.col.fault", "report.col.unknown", "report.col.muted"})
        out += pad(w(lang, col), 13);
    out = out.trimmed() + QLatin1Char('\n');
    for (const ReportTarget &t : r.targets)
        out += (pad(targetName(t, lang), width) + pad(percent(t.ok), 13) + pad(percent(t.fault), 13)
                + pad(percent(t.unknown), 13) + percent(t.muted))
               + QLatin1Char('\n');
    return out;
}

QString ReportRenderer::faultsText(const MonthlyReport &r, const QString &lang)
{
    QStringList lines{w(lang, "report.faultCount", {{QStringLiteral("count"), QString::number(r.faults.size())}})};
    for (const ReportFault &f : r.faults + r.outages)
        lines << QStringLiteral("- %1: %2 – %3 (%4) %5")
                     .arg(faultName(f, lang), localTime(f.start, r.timeZone),
                          f.open() ? w(lang, "report.open") : localTime(f.end, r.timeZone),
                          duration(f.durationSeconds, lang), f.cause)
                     .trimmed();
    return lines.join(QLatin1Char('\n'));
}

QString ReportRenderer::html(const MonthlyReport &r, const QString &lang)
{
    const QString title = w(lang, "report.title", {{QStringLiteral("month"), r.monthText()}});
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
                                 "<style>body{font-family:sans-serif;color:#222;margin:1.5em}"
                                 "table{border-collapse:collapse;margin:.5em 0 1.2em}"
                                 "th,td{border:1px solid #bbb;padding:3px 8px;text-align:left}"
                                 "td.num{text-align:right}th{background:#eef}"
                                 ".bar{display:inline-block;height:10px;background:#3a8f3a}"
                                 ".note{color:#a05a00}</style></head><body>\n")
                      .arg(lang, esc(title));
    out += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    out += QStringLiteral("<table class=\"facts\"><tr><th>%1</th><td>%2</td></tr><tr><th>%3</th><td>%4</td></tr>"
                          "<tr><th>%5</th><td>%6</td></tr><tr><th>%7</th><td>%8</td></tr></table>\n")
               .arg(esc(w(lang, "report.customer")), esc(r.company), esc(w(lang, "report.serial")), esc(r.serial),
                    esc(w(lang, "report.period")), esc(periodText(r)), esc(w(lang, "report.built")),
                    esc(localTime(r.builtAt, r.timeZone)));
    for (const QString &line : note(r, lang).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(line));

    out += QStringLiteral("<h2>%1</h2>\n<table class=\"availability\">").arg(esc(w(lang, "report.availability")));
    out += header({w(lang, "report.col.target"), w(lang, "report.col.ok"), w(lang, "report.col.fault"),
                   w(lang, "report.col.unknown"), w(lang, "report.col.muted"), QString()});
    for (const ReportTarget &t : r.targets)
        out += QStringLiteral("<tr>") + cell(targetName(t, lang)) + cell(percent(t.ok), "num")
               + cell(percent(t.fault), "num") + cell(percent(t.unknown), "num") + cell(percent(t.muted), "num")
               + QStringLiteral("<td><span class=\"bar\" style=\"width:%1px\"></span></td></tr>")
                     .arg(int(t.ok * 120 + 0.5));
    out += QStringLiteral("</table>\n");

    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(w(lang, "report.faults"))) + faultTable(r.faults, r, lang);
    out += QStringLiteral("\n<h2>%1</h2>\n").arg(esc(w(lang, "report.outages"))) + faultTable(r.outages, r, lang);
    out += QStringLiteral("\n<h2>%1</h2>\n<p>%2: %3</p>\n<p>%4: %5</p>\n")
               .arg(esc(w(lang, "report.devices")), esc(w(lang, "report.appeared")),
                    deviceList(r.devicesAppeared, r, lang), esc(w(lang, "report.gone")),
                    deviceList(r.devicesGone, r, lang));
    QStringList scans;
    for (const ReportScan &s : r.scans)
        scans << esc(
            QStringLiteral("%1 %2 (%3, %4)").arg(localTime(s.startedAt, r.timeZone), s.ip, s.state).arg(s.openPorts));
    out += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
               .arg(esc(w(lang, "report.scans")),
                    scans.isEmpty() ? esc(w(lang, "report.none")) : scans.join(QStringLiteral("<br>")));
    QStringList mails;
    for (auto it = r.mailsSent.cbegin(); it != r.mailsSent.cend(); ++it)
        mails << esc(QStringLiteral("%1: %2").arg(it.key()).arg(it.value()));
    mails.sort();
    out += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
               .arg(esc(w(lang, "report.mails")),
                    mails.isEmpty() ? esc(w(lang, "report.none")) : mails.join(QStringLiteral(", ")));
    return out + QStringLiteral("</body></html>\n");
}

} // namespace mente::box
