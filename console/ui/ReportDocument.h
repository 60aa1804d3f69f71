// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Report.h"

#include <QCoreApplication>
#include <QRectF>
#include <QTimeZone>

class QPainter;

namespace mente::console {

// One monthly report (F10) laid out on A4 pages and drawn with QPainter: the same drawing goes
// to the screen (ReportView) and to the PDF (ReportExport), so the charts stay vectors. Page
// coordinates are points (595 × 842); fonts are sized in those units.
//   page 1: title, customer, period; an availability bar per target; the faults on a timeline
//           over the month; a calendar strip of the box's own outages
//   then:   the faults and outages as tables, devices found and gone, scans, mails
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
public:
    static constexpr qreal PageWidth = 595;
    static constexpr qreal PageHeight = 842;

    explicit ReportDocument(MonthlyReport report);

    const MonthlyReport &report() const { return m_report; }
    int pageCount() const;
    // Draws one page into `target` (scaled from the page's points to it).
    void paintPage(QPainter &painter, const QRectF &target, int page) const;

    QString localTime(const QDateTime &time) const;
    static QString percent(double share);
    static QString duration(qint64 seconds);
    static QString targetName(const QString &kind, const QString &label);

private:
    class Flow;
    void layout(Flow &flow) const;
    void header(Flow &flow) const;
    void availability(Flow &flow) const;
    void timeline(Flow &flow) const;
    void outageStrip(Flow &flow) const;
    void faultTable(Flow &flow, const QString &title, const QList<ReportFault> &faults) const;
    void lists(Flow &flow) const;

    MonthlyReport m_report;
    QTimeZone m_zone;
};

} // namespace mente::console
