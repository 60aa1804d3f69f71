// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ReportExport.h"

#include "shared/TimeFormat.h"
#include "ui/ReportDocument.h"

#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace mente::console {

namespace {
QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))) {
        text.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields)
        quoted << csvField(f);
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

Error fileError(const QString &path, const QString &why)
{
    return Error{QStringLiteral("file"), ReportExport::tr("Cannot write %1: %2").arg(path, why), {}};
}
} // namespace

Status ReportExport::toPdf(const MonthlyReport &report, const QString &path)
{
    const ReportDocument document(report);
    {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(72); // one unit a point: the document's own coordinates
        pdf.setTitle(tr("Monthly report %1").arg(report.monthText()) + QStringLiteral(" — ") + report.company);
        pdf.setCreator(QStringLiteral("Mente"));
        QPainter painter;
        if (!painter.begin(&pdf))
            return fileError(path, tr("the PDF cannot be started"));
        const QRectF page(0, 0, ReportDocument::PageWidth, ReportDocument::PageHeight);
        for (int i = 0; i < document.pageCount(); ++i) {
            if (i > 0 && !pdf.newPage())
                return fileError(path, tr("no room for another page"));
            document.paintPage(painter, page, i);
        }
        if (!painter.end())
            return fileError(path, tr("the PDF cannot be finished"));
    }
    if (QFile(path).size() == 0)
        return fileError(path, tr("the file is empty"));
    return success();
}

QByteArray ReportExport::toCsv(const MonthlyReport &r)
{
    QString out;
    out += csvLine({tr("Month"), r.monthText(), tr("Customer"), r.company, tr("Serial number"), r.serial, tr("From"),
                    toIso(r.from), tr("To"), toIso(r.to), tr("Partial"), r.partial ? tr("yes") : tr("no")});
    out += QStringLiteral("\r\n");
    out += csvLine(
        {tr("Kind"), tr("Target"), tr("OK"), tr("Fault"), tr("Unknown"), tr("Maintenance"), tr("Counted seconds")});
    for (const ReportTarget &t : r.targets)
        out += csvLine({t.kind, ReportDocument::targetName(t.kind, t.label), QString::number(t.ok * 100, 'f', 2),
                        QString::number(t.fault * 100, 'f', 2), QString::number(t.unknown * 100, 'f', 2),
                        QString::number(t.muted * 100, 'f', 2), QString::number(t.countedSeconds)});
    out += QStringLiteral("\r\n");
    out += csvLine(
        {tr("Kind"), tr("Target"), tr("Start"), tr("End"), tr("Duration (s)"), tr("Cause"), tr("Acknowledged by")});
    for (const ReportFault &f : r.faults + r.outages)
        out += csvLine({f.kind, ReportDocument::targetName(f.kind, f.label), toIso(f.start),
                        f.open() ? QString() : toIso(f.end), QString::number(f.durationSeconds), f.cause,
                        f.acknowledgedBy});
    // A byte order mark so that spreadsheet programs read the Japanese right.
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

Status ReportExport::toCsvFile(const MonthlyReport &report, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(path, file.errorString());
    file.write(toCsv(report));
    if (!file.commit())
        return fileError(path, file.errorString());
    return success();
}

} // namespace mente::console
