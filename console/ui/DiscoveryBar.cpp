// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DiscoveryBar.h"

#include "api/DevicesClient.h"
#include "api/DiscoveryClient.h"
#include "api/EventReading.h"
#include "fleet/BoxLink.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace mente::console {

namespace {
constexpr int kProgressMinWidth = 180;
constexpr int kProgressMaxWidth = 360;
constexpr int kProgressPadding = 32; // the style's frame and the room around the centred text
} // namespace

DiscoveryBar::DiscoveryBar(BoxLink *link, QWidget *parent)
    : QWidget(parent)
    , m_link(link)
    , m_sweep(new QPushButton(tr("Discover devices"), this))
    , m_clear(new QPushButton(tr("Mark as seen"), this))
    , m_progress(new QProgressBar(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("discoveryBar"));
    m_sweep->setObjectName(QStringLiteral("discoverDevices"));
    m_sweep->setToolTip(tr("Sweep the customer's LAN for devices now"));
    m_clear->setObjectName(QStringLiteral("clearNewDevices"));
    m_clear->setToolTip(tr("Take the \"new\" mark off the devices discovery found"));
    m_clear->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("discoveryProgress"));
    m_progress->setMinimumWidth(kProgressMinWidth);
    m_progress->hide();
    m_text->setObjectName(QStringLiteral("discoveryText"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sweep);
    layout->addWidget(m_progress);
    layout->addWidget(m_text, 1);
    layout->addStretch(); // the room the hidden label leaves during a sweep
    layout->addWidget(m_clear);
    connect(m_sweep, &QPushButton::clicked, this, &DiscoveryBar::startSweep);
    connect(m_clear, &QPushButton::clicked, this, [this]() { clearNew({}); });
    refresh(); // a sweep the box runs already (at start, on schedule) shows too
}

void DiscoveryBar::startSweep()
{
    DiscoveryClient(m_link->client()).start(this, [this](const ApiResult<DiscoveryRun> &r) {
        if (!r.ok() && r.status() != 409) { // 409: one runs already, show that one
            emit requestFailed(r.error().message);
            return;
        }
        if (r.ok())
            showRun(r.value());
        else
            refresh();
    });
}

void DiscoveryBar::refresh()
{
    DiscoveryClient(m_link->client()).last(this, [this](const ApiResult<DiscoveryRun> &r) {
        if (r.ok())
            showRun(r.value());
    });
}

void DiscoveryBar::onEvent(const Event &event)
{
    if (const auto progress = detailOf<SweepProgressDetail>(event, QLatin1String("discovery.progress"))) {
        if (progress->ok())
            showProgress(progress->value().hostsDone, progress->value().hostsTotal);
        return;
    }
    if (const auto run = detailOf<DiscoveryRun>(event, QLatin1String("discovery"))) {
        if (run->ok())
            showRun(run->value(), true);
        else
            refresh();
    }
}

void DiscoveryBar::showProgress(int done, int total)
{
    m_sweeping = true;
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(qMin(done, qMax(total, 1)));
    m_progress->setFormat(tr("Sweeping… %1 of %2 addresses").arg(done).arg(total));
    // As wide as its text at the sweep's end (the count only grows), in any language: never cut.
    const int textWidth =
        m_progress->fontMetrics().horizontalAdvance(tr("Sweeping… %1 of %2 addresses").arg(total).arg(total));
    m_progress->setMinimumWidth(qMax(kProgressMinWidth, textWidth + kProgressPadding));
    m_progress->setMaximumWidth(qMax(kProgressMaxWidth, textWidth + kProgressPadding));
    m_progress->show();
    m_text->hide(); // the last sweep's result says nothing while another runs
    m_sweep->setEnabled(false);
}

void DiscoveryBar::showRun(const DiscoveryRun &run, bool ended)
{
    if (run.state == QLatin1String("running")) {
        showProgress(run.hostsDone, run.hostsTotal);
        return;
    }
    const bool wasRunning = m_sweeping;
    m_sweeping = false;
    m_progress->hide();
    m_text->show();
    m_sweep->setEnabled(true);
    if (run.state == QLatin1String("done"))
        // How many are new shows on the "Mark as seen" button, from the device list's marks.
        m_text->setText(tr("Last sweep: %n device(s) found", nullptr, run.found));
    else if (run.state == QLatin1String("failed"))
        m_text->setText(tr("The last sweep failed: %1").arg(run.error));
    if (wasRunning || ended)
        emit sweepFinished();
}

void DiscoveryBar::setNewCount(int count)
{
    m_clear->setEnabled(count > 0);
    m_clear->setText(count > 0 ? tr("Mark %n new device(s) as seen", nullptr, count) : tr("Mark as seen"));
}

void DiscoveryBar::clearNew(const QList<qint64> &ids)
{
    DevicesClient(m_link->client()).clearNew(ids, this, [this](const ApiResult<Done> &r) {
        if (!r.ok()) {
            emit requestFailed(r.error().message);
            return;
        }
        emit newCleared();
    });
}

} // namespace mente::console
