// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiResult.h"
#include "shared/Report.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace mente::console {

class BoxClient;
class ReportView;

// The box's monthly reports (F10): the history list, the chosen report drawn with its charts,
// "Send again", "Build for month…", and export to PDF and CSV.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    ReportsPage(BoxClient *client, QWidget *parent = nullptr);

    void reload();
    void open(qint64 id);
    void build(const QString &month); // "2026-10"
    void sendAgain();
    Status exportPdf(const QString &path) const;
    Status exportCsv(const QString &path) const;

    const QList<ReportSummary> &reports() const { return m_reports; }
    const std::optional<MonthlyReport> &current() const { return m_current; }
    ReportView *view() const { return m_view; }
    QString message() const;

    static QString defaultMonth(); // the month before this one

signals:
    void loaded();
    void opened();
    void sent();
    void requestFailed(const mente::Error &error);

private:
    bool take(const ApiResult<MonthlyReport> &reply);
    void showError(const Error &error);
    void showInfo(const QString &text);
    void askMonth();
    void chooseFile(bool pdf);
    void updateButtons();

    BoxClient *m_client;
    QList<ReportSummary> m_reports;
    std::optional<MonthlyReport> m_current;
    QTableWidget *m_list;
    ReportView *m_view;
    QPushButton *m_send;
    QPushButton *m_pdf;
    QPushButton *m_csv;
    QLabel *m_message;
};

} // namespace mente::console
