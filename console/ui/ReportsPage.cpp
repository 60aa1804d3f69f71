// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ReportsPage.h"

#include "api/ReportsClient.h"
#include "ui/ReportDocument.h"
#include "ui/ReportExport.h"
#include "ui/ReportView.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mente::console {

ReportsPage::ReportsPage(BoxClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_list(new QTableWidget(this)), m_view(new ReportView(this))
{
    setObjectName(QStringLiteral("reportsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    auto *buildButton = new QPushButton(tr("Build for month…"), this);
    m_send = new QPushButton(tr("Send again"), this);
    m_pdf = new QPushButton(tr("Export PDF…"), this);
    m_csv = new QPushButton(tr("Export CSV…"), this);
    buttons->addWidget(buildButton);
    buttons->addWidget(m_send);
    buttons->addStretch();
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_csv);
    layout->addLayout(buttons);

    m_list->setColumnCount(4);
    m_list->setHorizontalHeaderLabels({tr("Month"), tr("Availability"), tr("Faults"), tr("Sent")});
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_view);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({300, 700});
    layout->addWidget(splitter, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(buildButton, &QPushButton::clicked, this, &ReportsPage::askMonth);
    connect(m_send, &QPushButton::clicked, this, &ReportsPage::sendAgain);
    connect(m_pdf, &QPushButton::clicked, this, [this] { chooseFile(true); });
    connect(m_csv, &QPushButton::clicked, this, [this] { chooseFile(false); });
    connect(m_list, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_reports.size() && (!m_current || m_current->id != m_reports.at(row).id))
            open(m_reports.at(row).id);
    });
    updateButtons();
    reload();
}

QString ReportsPage::defaultMonth()
{
    return QDate::currentDate().addMonths(-1).toString(QStringLiteral("yyyy-MM"));
}

QString ReportsPage::message() const
{
    return m_message->text();
}

void ReportsPage::showError(const Error &error)
{
    m_message->setStyleSheet(QStringLiteral("color: #c62828"));
    m_message->setText(error.field.isEmpty() ? error.message : tr("%1: %2").arg(error.field, error.message));
    emit requestFailed(error);
}

void ReportsPage::showInfo(const QString &text)
{
    m_message->setStyleSheet(QString());
    m_message->setText(text);
}

void ReportsPage::updateButtons()
{
    m_send->setEnabled(m_current.has_value() && !m_current->empty);
    m_pdf->setEnabled(m_current.has_value());
    m_csv->setEnabled(m_current.has_value());
}

void ReportsPage::reload()
{
    ReportsClient(m_client).list(this, [this](const ApiResult<QList<ReportSummary>> &r) {
        if (!r.ok()) {
            showError(r.error());
            return;
        }
        m_reports = r.value();
        const QSignalBlocker block(m_list);
        m_list->setRowCount(int(m_reports.size()));
        for (int row = 0; row < m_reports.size(); ++row) {
            const ReportSummary &s = m_reports.at(row);
            QString month = s.month.toString(QStringLiteral("yyyy-MM"));
            if (s.partial)
                month += QLatin1Char(' ') + tr("(so far)");
            else if (s.empty)
                month += QLatin1Char(' ') + tr("(empty)");
            m_list->setItem(row, 0, new QTableWidgetItem(month));
            m_list->setItem(row, 1, new QTableWidgetItem(s.ok ? ReportDocument::percent(*s.ok) : QStringLiteral("-")));
            m_list->setItem(row, 2, new QTableWidgetItem(QString::number(s.faults)));
            m_list->setItem(row, 3,
                            new QTableWidgetItem(s.sentAt.isValid()
                                                     ? QLocale().toString(s.sentAt.toLocalTime(), QLocale::ShortFormat)
                                                     : tr("not sent")));
            if (m_current && m_current->id == s.id)
                m_list->selectRow(row);
        }
        m_list->resizeColumnsToContents();
        emit loaded();
    });
}

// A reply carrying one report: shows it; false (and the error said) when it does not.
bool ReportsPage::take(const ApiResult<MonthlyReport> &r)
{
    if (!r.ok()) {
        showError(r.error());
        return false;
    }
    m_current = r.value();
    m_view->setReport(*m_current);
    updateButtons();
    m_message->clear();
    return true;
}

void ReportsPage::open(qint64 id)
{
    ReportsClient(m_client).report(id, this, [this](const ApiResult<MonthlyReport> &r) {
        if (take(r))
            emit opened();
    });
}

void ReportsPage::build(const QString &month)
{
    if (const auto checked = reportMonthFromText(month.trimmed()); !checked) {
        showError(checked.error());
        return;
    }
    showInfo(tr("Building the report for %1…").arg(month.trimmed()));
    ReportsClient(m_client).build(month, this, [this](const ApiResult<MonthlyReport> &r) {
        if (!take(r))
            return;
        showInfo(m_current->rebuilt
                     ? tr("The report for %1 was rebuilt; it replaces the earlier one.").arg(m_current->monthText())
                     : tr("The report for %1 was built.").arg(m_current->monthText()));
        reload();
        emit opened();
    });
}

void ReportsPage::sendAgain()
{
    if (!m_current)
        return;
    ReportsClient(m_client).send(m_current->id, this, [this](const ApiResult<Done> &r) {
        if (!r.ok()) {
            showError(r.error());
            return;
        }
        showInfo(tr("The report for %1 is queued for mailing.").arg(m_current->monthText()));
        reload();
        emit sent();
    });
}

Status ReportsPage::exportPdf(const QString &path) const
{
    if (!m_current)
        return Error{QStringLiteral("conflict"), tr("No report is open."), {}};
    return ReportExport::toPdf(*m_current, path);
}

Status ReportsPage::exportCsv(const QString &path) const
{
    if (!m_current)
        return Error{QStringLiteral("conflict"), tr("No report is open."), {}};
    return ReportExport::toCsvFile(*m_current, path);
}

void ReportsPage::askMonth()
{
    bool ok = false;
    const QString month = QInputDialog::getText(this, tr("Build a monthly report"),
                                                tr("Month (like 2026-10); the current month is built up to now:"),
                                                QLineEdit::Normal, defaultMonth(), &ok);
    if (ok)
        build(month);
}

void ReportsPage::chooseFile(bool pdf)
{
    if (!m_current)
        return;
    const QString name =
        QStringLiteral("mente-report-%1-%2.%3")
            .arg(m_current->serial, m_current->monthText(), pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    const QString path =
        QFileDialog::getSaveFileName(this, pdf ? tr("Export the report as PDF") : tr("Export the report as CSV"), name,
                                     pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status s = pdf ? exportPdf(path) : exportCsv(path);
    if (!s)
        showError(s.error());
    else
        showInfo(tr("Saved %1.").arg(path));
}

} // namespace mente::console
