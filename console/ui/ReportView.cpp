// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ReportView.h"

#include <QPainter>
#include <QResizeEvent>

namespace mente::console {

namespace {
constexpr int kGap = 12;
}

ReportView::ReportView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("reportView"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void ReportView::setReport(const MonthlyReport &report)
{
    m_document.emplace(report);
    updateGeometry();
    setMinimumHeight(heightForWidth(width()));
    update();
}

void ReportView::clear()
{
    m_document.reset();
    setMinimumHeight(0);
    update();
}

qreal ReportView::pageWidth() const
{
    return std::max(200, width() - 2 * kGap);
}

int ReportView::heightForWidth(int width) const
{
    if (!m_document)
        return 0;
    const qreal w = std::max(200, width - 2 * kGap);
    const qreal h = w * ReportDocument::PageHeight / ReportDocument::PageWidth;
    return int(m_document->pageCount() * (h + kGap) + kGap);
}

QSize ReportView::sizeHint() const
{
    return {620, heightForWidth(620)};
}

void ReportView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_document && event->size().width() != event->oldSize().width())
        setMinimumHeight(heightForWidth(event->size().width()));
}

void ReportView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Mid));
    if (!m_document) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(rect(), Qt::AlignCenter, tr("Choose a report in the list, or build one."));
        return;
    }
    const qreal w = pageWidth();
    const qreal h = w * ReportDocument::PageHeight / ReportDocument::PageWidth;
    for (int page = 0; page < m_document->pageCount(); ++page) {
        const QRectF target(kGap, kGap + page * (h + kGap), w, h);
        if (!target.intersects(QRectF(rect())))
            continue;
        m_document->paintPage(p, target, page);
    }
}

} // namespace mente::console
