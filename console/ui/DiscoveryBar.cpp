// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DiscoveryBar.h"

#include "api/DevicesClient.h"
#include "api/DiscoveryClient.h"
#include "fleet/BoxLink.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace mente::console {

DiscoveryBar::DiscoveryBar(BoxLink *link, QWidget *parent)
    : QWidget(parent)
    , m_link(link)
    , m_sweep(new QPushButton(tr("Discover devices"), this))
    , m_clear(new QPushButton(tr("Mark as seen"), this))
    , m_progress(new QProgressBar(this))
    , m_text(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("discoveryBar"));
    m_sweep->setObjectName(QStringLiteral("discoverDevices"));
    m_sweep->setToolTip(tr("Sweep the customer's LAN for devices now"));
    m_clear->setObjectName(QStringLiteral("clearNewDevices"));
    m_clear->setToolTip(tr("Take the \"new\" mark off the devices discovery found"));
    m_clear->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("discoveryProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_text->setObjectName(QStringLiteral("discoveryText"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sweep);
    layout->addWidget(m_progress);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_clear);
    connect(m_sweep, &QPushButton::clicked, this, &DiscoveryBar::startSweep);
    connect(m_clear, &QPushButton::clicked, this, [this]() { clearNew({}); });
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &DiscoveryBar::poll);
    poll(); // a sweep the box runs already (at start, on schedule) shows too
}

bool DiscoveryBar::isSweeping() const
{
    return m_timer->isActive();
}

void DiscoveryBar::startSweep()
{
    DiscoveryClient(m_link->client()).start(this, [this](const ApiResult<DiscoveryRun> &r) {
        if (!r.ok() && r.status() != 409) { // 409: one runs already, show that one
            emit requestFailed(r.error().message);
            return;
        }
        m_timer->start();
        if (r.ok())
            showRun(r.value());
        else
            poll();
    });
}

void DiscoveryBar::poll()
{
    DiscoveryClient(m_link->client()).last(this, [this](const ApiResult<DiscoveryRun> &r) {
        if (!r.ok()) {
            m_timer->stop();
            return;
        }
        showRun(r.value());
    });
}

void DiscoveryBar::showRun(const DiscoveryRun &run)
{
    if (run.state == QLatin1String("running")) {
        const int total = run.hostsTotal;
        const int done = run.hostsDone;
        m_progress->setRange(0, qMax(total, 1));
        m_progress->setValue(qMin(done, qMax(total, 1)));
        m_progress->setFormat(tr("Sweeping… %1 of %2 addresses").arg(done).arg(total));
        m_progress->show();
        m_sweep->setEnabled(false);
        if (!m_timer->isActive())
            m_timer->start();
        return;
    }
    const bool wasRunning = m_timer->isActive();
    m_timer->stop();
    m_progress->hide();
    m_sweep->setEnabled(true);
    if (run.state == QLatin1String("done"))
        // How many are new shows on the "Mark as seen" button, from the device list's marks.
        m_text->setText(tr("Last sweep: %n device(s) found", nullptr, run.found));
    else if (run.state == QLatin1String("failed"))
        m_text->setText(tr("The last sweep failed: %1").arg(run.error));
    if (wasRunning)
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
