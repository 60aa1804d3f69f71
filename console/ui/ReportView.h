// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/ReportDocument.h"

#include <QWidget>

#include <optional>

namespace mente::console {

// Shows a monthly report as its pages, drawn by ReportDocument at the widget's width (the same
// drawing the PDF gets). Sits in a scroll area.
class ReportView : public QWidget
{
    Q_OBJECT
public:
    explicit ReportView(QWidget *parent = nullptr);

    void setReport(const MonthlyReport &report);
    void clear();
    const std::optional<ReportDocument> &document() const { return m_document; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    qreal pageWidth() const;

    std::optional<ReportDocument> m_document;
};

} // namespace mente::console
