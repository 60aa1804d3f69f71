// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ReportDocument.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace mente::console {

namespace {
constexpr qreal kMargin = 40;
constexpr qreal kWidth = ReportDocument::PageWidth - 2 * kMargin;
constexpr qreal kBottom = ReportDocument::PageHeight - kMargin;

const QColor kOk(0x3a, 0x8f, 0x3a);
const QColor kFault(0xc6, 0x28, 0x28);
const QColor kUnknown(0x9e, 0x9e, 0x9e);
const QColor kMuted(0x1e, 0x6f, 0xb8);
const QColor kInk(0x22, 0x22, 0x22);
const QColor kGrid(0xcc, 0xcc, 0xcc);

QFont font(qreal size, bool bold = false)
{
    QFont f;
    f.setPixelSize(qRound(size));
    f.setBold(bold);
    return f;
}
} // namespace

// Places blocks top to bottom over as many pages as they need. A block is drawn only when it
// lands on the page being painted, so one pass counts the pages and another draws one of them.
class ReportDocument::Flow
{
public:
    Flow(QPainter *painter, int wanted) : m_painter(painter), m_wanted(wanted) {}

    // Room for a block of `height`; the painter to draw it with at (kMargin, y), or null when it
    // lands on another page.
    QPainter *place(qreal height, qreal *y)
    {
        if (m_y + height > kBottom && m_y > kMargin) {
            ++m_page;
            m_y = kMargin;
        }
        *y = m_y;
        m_y += height;
        return m_page == m_wanted ? m_painter : nullptr;
    }
    void space(qreal height) { m_y = std::min(m_y + height, kBottom); }
    void newPage()
    {
        ++m_page;
        m_y = kMargin;
    }
    int pages() const { return m_page + 1; }

private:
    QPainter *m_painter;
    int m_wanted;
    int m_page = 0;
    qreal m_y = kMargin;
};

ReportDocument::ReportDocument(MonthlyReport report) : m_report(std::move(report)), m_zone(m_report.timeZone.toLatin1())
{
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
}

QString ReportDocument::localTime(const QDateTime &time) const
{
    return time.isValid() ? time.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("--");
}

QString ReportDocument::percent(double share)
{
    return QString::number(share * 100.0, 'f', 2) + QStringLiteral(" %");
}

QString ReportDocument::duration(qint64 seconds)
{
    if (seconds < 60) // a blip of a few seconds is not "1 min"
        return tr("%1 s").arg(std::max<qint64>(0, seconds));
    const qint64 minutes = (seconds + 59) / 60;
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString ReportDocument::targetName(const QString &kind, const QString &label)
{
    if (kind == QLatin1String("box"))
        return tr("The box's network");
    if (kind == QLatin1String("vpn"))
        return tr("VPN link");
    if (kind == QLatin1String("box-down"))
        return tr("Box not running");
    return label;
}

int ReportDocument::pageCount() const
{
    Flow flow(nullptr, -1);
    layout(flow);
    return flow.pages();
}

void ReportDocument::paintPage(QPainter &painter, const QRectF &target, int page) const
{
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / PageWidth, target.height() / PageHeight);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRectF(0, 0, PageWidth, PageHeight), Qt::white);
    painter.setPen(kInk);
    Flow flow(&painter, page);
    layout(flow);
    painter.setFont(font(8));
    painter.setPen(kUnknown);
    painter.drawText(
        QRectF(kMargin, PageHeight - 30, kWidth, 12), Qt::AlignRight,
        tr("%1 · page %2 of %3").arg(tr("Monthly report %1").arg(m_report.monthText())).arg(page + 1).arg(pageCount()));
    painter.restore();
}

void ReportDocument::layout(Flow &flow) const
{
    header(flow);
    if (m_report.empty)
        return;
    availability(flow);
    timeline(flow);
    outageStrip(flow);
    flow.newPage();
    faultTable(flow, tr("Faults"), m_report.faults);
    faultTable(flow, tr("Box and VPN outages"), m_report.outages);
    lists(flow);
}

void ReportDocument::header(Flow &flow) const
{
    qreal y = 0;
    if (QPainter *p = flow.place(30, &y)) {
        p->setFont(font(18, true));
        p->drawText(QRectF(kMargin, y, kWidth, 26), Qt::AlignLeft | Qt::AlignVCenter,
                    tr("Monthly report %1").arg(m_report.monthText()));
    }
    QStringList notes;
    if (m_report.empty)
        notes << tr("This month ended before the box was first started: there is nothing to report.");
    if (m_report.partial)
        notes << tr("So far: up to %1, the month is not over yet.").arg(localTime(m_report.coveredUntil));
    if (m_report.rebuilt)
        notes << tr("Rebuilt on %1; it replaces the earlier report.").arg(localTime(m_report.builtAt));
    for (const QString &note : std::as_const(notes))
        if (QPainter *p = flow.place(14, &y)) {
            p->setFont(font(10));
            p->setPen(QColor(0xa0, 0x5a, 0x00));
            p->drawText(QRectF(kMargin, y, kWidth, 14), Qt::AlignLeft | Qt::AlignVCenter, note);
            p->setPen(kInk);
        }
    const QList<QPair<QString, QString>> facts{
        {tr("Customer"), m_report.company.isEmpty() ? QStringLiteral("--") : m_report.company},
        {tr("Serial number"), m_report.serial},
        {tr("Period"), tr("%1 – %2 (%3)").arg(localTime(m_report.from), localTime(m_report.to), m_report.timeZone)},
        {tr("Built at"), localTime(m_report.builtAt)}};
    flow.space(4);
    for (const auto &[name, value] : facts)
        if (QPainter *p = flow.place(15, &y)) {
            p->setFont(font(10, true));
            p->drawText(QRectF(kMargin, y, 110, 15), Qt::AlignLeft | Qt::AlignVCenter, name);
            p->setFont(font(10));
            p->drawText(QRectF(kMargin + 110, y, kWidth - 110, 15), Qt::AlignLeft | Qt::AlignVCenter, value);
        }
    flow.space(10);
}

void ReportDocument::availability(Flow &flow) const
{
    qreal y = 0;
    if (QPainter *p = flow.place(22, &y)) {
        p->setFont(font(13, true));
        p->drawText(QRectF(kMargin, y, kWidth, 18), Qt::AlignLeft | Qt::AlignVCenter, tr("Availability"));
        // The legend, right-aligned on the heading's line.
        qreal x = kMargin + kWidth;
        p->setFont(font(8));
        const QList<QPair<QColor, QString>> legend{
            {kMuted, tr("Maintenance")}, {kUnknown, tr("Unknown")}, {kFault, tr("Fault")}, {kOk, tr("OK")}};
        for (const auto &[colour, name] : legend) {
            const qreal w = p->fontMetrics().horizontalAdvance(name) + 16;
            x -= w;
            p->fillRect(QRectF(x, y + 5, 9, 9), colour);
            p->drawText(QRectF(x + 12, y, w - 12, 18), Qt::AlignLeft | Qt::AlignVCenter, name);
        }
    }
    if (m_report.targets.isEmpty())
        if (QPainter *p = flow.place(14, &y)) {
            p->setFont(font(9));
            p->drawText(QRectF(kMargin, y, kWidth, 14), Qt::AlignLeft, tr("Nothing was monitored this month."));
        }
    constexpr qreal labelWidth = 190;
    constexpr qreal percentWidth = 60;
    const qreal barWidth = kWidth - labelWidth - percentWidth - 8;
    for (const ReportTarget &t : m_report.targets) {
        QPainter *p = flow.place(17, &y);
        if (!p)
            continue;
        p->setFont(font(9));
        p->setPen(kInk);
        const QString name =
            p->fontMetrics().elidedText(targetName(t.kind, t.label), Qt::ElideMiddle, int(labelWidth - 6));
        p->drawText(QRectF(kMargin, y, labelWidth, 15), Qt::AlignLeft | Qt::AlignVCenter, name);
        qreal x = kMargin + labelWidth;
        for (const auto &[share, colour] : {std::pair(t.ok, kOk), std::pair(t.fault, kFault),
                                            std::pair(t.unknown, kUnknown), std::pair(t.muted, kMuted)}) {
            const qreal w = barWidth * share;
            p->fillRect(QRectF(x, y + 3, w, 10), colour);
            x += w;
        }
        p->setPen(kGrid);
        p->setBrush(Qt::NoBrush);
        p->drawRect(QRectF(kMargin + labelWidth, y + 3, barWidth, 10));
        p->setPen(kInk);
        p->drawText(QRectF(kMargin + kWidth - percentWidth, y, percentWidth, 15), Qt::AlignRight | Qt::AlignVCenter,
                    percent(t.ok));
    }
    flow.space(12);
}

void ReportDocument::timeline(Flow &flow) const
{
    // One row per target that had a fault, the month along the x axis.
    QStringList rows;
    for (const ReportFault &f : m_report.faults)
        if (!rows.contains(f.label))
            rows << f.label;
    constexpr int kMaxRows = 14;
    const int shown = int(std::min<qsizetype>(rows.size(), kMaxRows));
    const qreal rowHeight = 13;
    const qreal height = 22 + std::max(1, shown) * rowHeight + 18;
    qreal y = 0;
    QPainter *p = flow.place(height, &y);
    if (!p)
        return;
    p->setFont(font(13, true));
    p->drawText(QRectF(kMargin, y, kWidth, 18), Qt::AlignLeft | Qt::AlignVCenter, tr("Faults over the month"));
    constexpr qreal labelWidth = 150;
    const QRectF plot(kMargin + labelWidth, y + 22, kWidth - labelWidth, std::max(1, shown) * rowHeight);
    const qint64 from = m_report.from.toSecsSinceEpoch();
    const qint64 span = std::max<qint64>(1, m_report.from.secsTo(m_report.to));
    auto xOf = [&](const QDateTime &t) {
        return plot.left() + plot.width() * std::clamp(double(t.toSecsSinceEpoch() - from) / double(span), 0.0, 1.0);
    };
    // Day grid and labels.
    p->setFont(font(7));
    const int days = int((span + 86399) / 86400);
    for (int d = 0; d <= days; ++d) {
        const qreal x = plot.left() + plot.width() * std::min(1.0, d * 86400.0 / double(span));
        p->setPen(QPen(kGrid, 0.5));
        p->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        if (d < days && (d % 5 == 0 || d == days - 1)) {
            p->setPen(kInk);
            const QDate day = m_report.from.toTimeZone(m_zone).date().addDays(d);
            p->drawText(QRectF(x - 10, plot.bottom() + 2, 20, 10), Qt::AlignCenter, QString::number(day.day()));
        }
    }
    if (rows.isEmpty()) {
        p->setPen(kInk);
        p->setFont(font(9));
        p->drawText(plot, Qt::AlignCenter, tr("No faults this month."));
    }
    for (int r = 0; r < shown; ++r) {
        const qreal ry = plot.top() + r * rowHeight;
        p->setPen(kInk);
        p->setFont(font(8));
        p->drawText(QRectF(kMargin, ry, labelWidth - 6, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                    p->fontMetrics().elidedText(rows.at(r), Qt::ElideMiddle, int(labelWidth - 8)));
        for (const ReportFault &f : m_report.faults) {
            if (f.label != rows.at(r))
                continue;
            const qreal x1 = xOf(f.start);
            const qreal x2 = std::max(x1 + 1.0, xOf(f.end.isValid() ? f.end : m_report.coveredUntil));
            p->fillRect(QRectF(x1, ry + 2, x2 - x1, rowHeight - 4), kFault);
        }
    }
    if (rows.size() > kMaxRows) {
        p->setFont(font(8));
        p->drawText(
            QRectF(kMargin, plot.bottom() + 10, kWidth, 10), Qt::AlignLeft,
            tr("… and %n more target(s) with faults, listed on the next pages.", nullptr, int(rows.size() - kMaxRows)));
    }
    flow.space(10);
}

void ReportDocument::outageStrip(Flow &flow) const
{
    qreal y = 0;
    QPainter *p = flow.place(22 + 26 + 14 + 14, &y);
    if (!p)
        return;
    p->setFont(font(13, true));
    p->setPen(kInk);
    p->drawText(QRectF(kMargin, y, kWidth, 18), Qt::AlignLeft | Qt::AlignVCenter,
                tr("The box's own outages, day by day"));
    const QDate first = m_report.from.toTimeZone(m_zone).date();
    const int days = std::max(1, int(first.daysTo(m_report.to.toTimeZone(m_zone).date())));
    const qreal cell = kWidth / days;
    for (int d = 0; d < days; ++d) {
        const QDate day = first.addDays(d);
        const QDateTime start = day.startOfDay(m_zone);
        const QDateTime end = day.addDays(1).startOfDay(m_zone);
        qint64 down = 0;
        for (const ReportFault &o : m_report.outages) {
            const QDateTime a = std::max(o.start, start);
            const QDateTime b = std::min(o.end.isValid() ? o.end : m_report.coveredUntil, end);
            if (a < b)
                down += a.secsTo(b);
        }
        const double share = std::min(1.0, double(down) / double(std::max<qint64>(1, start.secsTo(end))));
        const QRectF r(kMargin + d * cell + 0.5, y + 22, cell - 1, 26);
        const bool future = m_report.partial && start >= m_report.coveredUntil;
        QColor colour = future ? QColor(0xf4, 0xf4, 0xf4) : QColor(0xc8, 0xe6, 0xc9);
        if (down > 0) // any outage shows; a whole day down is full red
            colour = QColor::fromRgbF(0.95 - 0.2 * share, 0.75 - 0.6 * share, 0.72 - 0.6 * share);
        p->fillRect(r, colour);
        p->setFont(font(7));
        p->setPen(kInk);
        p->drawText(QRectF(r.left(), r.bottom() + 1, r.width(), 10), Qt::AlignCenter, QString::number(day.day()));
    }
    p->setFont(font(8));
    int count = 0;
    qint64 total = 0;
    for (const ReportFault &o : m_report.outages) {
        ++count;
        total += o.durationSeconds;
    }
    p->drawText(QRectF(kMargin, y + 22 + 26 + 12, kWidth, 12), Qt::AlignLeft,
                count == 0 ? tr("No outages of the box, its network or the VPN.")
                           : tr("%n outage(s), %1 in all.", nullptr, count).arg(duration(total)));
    flow.space(8);
}

void ReportDocument::faultTable(Flow &flow, const QString &title, const QList<ReportFault> &faults) const
{
    qreal y = 0;
    if (QPainter *p = flow.place(22, &y)) {
        p->setFont(font(13, true));
        p->setPen(kInk);
        p->drawText(QRectF(kMargin, y, kWidth, 18), Qt::AlignLeft | Qt::AlignVCenter, title);
    }
    const QList<qreal> widths{140, 80, 80, 50, 72, 93};
    auto row = [&](QPainter *p, qreal ry, const QStringList &cells, bool bold) {
        p->setFont(font(8, bold));
        qreal x = kMargin;
        for (int i = 0; i < cells.size(); ++i) {
            p->drawText(QRectF(x + 2, ry, widths.at(i) - 4, 13), Qt::AlignLeft | Qt::AlignVCenter,
                        p->fontMetrics().elidedText(cells.at(i), Qt::ElideRight, int(widths.at(i) - 4)));
            x += widths.at(i);
        }
        p->setPen(QPen(kGrid, 0.5));
        p->drawLine(QPointF(kMargin, ry + 13), QPointF(kMargin + kWidth, ry + 13));
        p->setPen(kInk);
    };
    if (faults.isEmpty()) {
        if (QPainter *p = flow.place(14, &y)) {
            p->setFont(font(9));
            p->drawText(QRectF(kMargin, y, kWidth, 13), Qt::AlignLeft | Qt::AlignVCenter, tr("None."));
        }
        flow.space(10);
        return;
    }
    if (QPainter *p = flow.place(14, &y))
        row(p, y, {tr("Target"), tr("Start"), tr("End"), tr("Duration"), tr("Cause"), tr("Acknowledged by")}, true);
    for (const ReportFault &f : faults)
        if (QPainter *p = flow.place(14, &y))
            row(p, y,
                {targetName(f.kind, f.label), localTime(f.start), f.open() ? tr("still open") : localTime(f.end),
                 duration(f.durationSeconds), f.cause.isEmpty() ? QStringLiteral("--") : f.cause,
                 f.acknowledgedBy.isEmpty() ? QStringLiteral("--") : f.acknowledgedBy},
                false);
    flow.space(10);
}

void ReportDocument::lists(Flow &flow) const
{
    auto section = [&](const QString &title, const QStringList &lines) {
        qreal y = 0;
        if (QPainter *p = flow.place(22, &y)) {
            p->setFont(font(13, true));
            p->drawText(QRectF(kMargin, y, kWidth, 18), Qt::AlignLeft | Qt::AlignVCenter, title);
        }
        for (const QString &line : lines.isEmpty() ? QStringList{tr("None.")} : lines)
            if (QPainter *p = flow.place(13, &y)) {
                p->setFont(font(9));
                p->drawText(QRectF(kMargin, y, kWidth, 13), Qt::AlignLeft | Qt::AlignVCenter, line);
            }
        flow.space(8);
    };
    QStringList devices;
    for (const ReportDeviceChange &c : m_report.devicesAppeared)
        devices << tr("Appeared: %1 %2 (%3)").arg(c.ip, c.mac, localTime(c.at));
    for (const ReportDeviceChange &c : m_report.devicesGone)
        devices << tr("Gone: %1 (%2)").arg(c.ip, localTime(c.at));
    section(tr("Devices found and gone"), devices);
    QStringList scans;
    for (const ReportScan &s : m_report.scans)
        scans << tr("%1 %2: %3, %n open port(s)", nullptr, s.openPorts).arg(localTime(s.startedAt), s.ip, s.state);
    section(tr("Port scans"), scans);
    QStringList mails;
    for (auto it = m_report.mailsSent.cbegin(); it != m_report.mailsSent.cend(); ++it)
        mails << tr("%1: %n mail(s)", nullptr, it.value()).arg(it.key());
    mails.sort();
    section(tr("Mails sent"), mails);
}

} // namespace mente::console
