// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Report.h"

#include <QCoreApplication>

namespace mente::console {

// A monthly report to files: PDF (A4, the pages of ReportDocument as vectors, the fonts with
// Japanese glyphs embedded) and CSV (availability per target, then the faults and outages).
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
public:
    static Status toPdf(const MonthlyReport &report, const QString &path);
    static QByteArray toCsv(const MonthlyReport &report);
    static Status toCsvFile(const MonthlyReport &report, const QString &path);
};

} // namespace mente::console
