// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DevicesPage.h"

#include "api/BoxClient.h"
#include "api/DevicesClient.h"
#include "api/EventReading.h"
#include "api/PortsClient.h"
#include "api/QuietingClient.h"
#include "api/ScansClient.h"
#include "fleet/BoxLink.h"
#include "shared/Device.h"
#include "ui/DeviceEditDialog.h"
#include "ui/DeviceTreeModel.h"
#include "ui/DiscoveryBar.h"
#include "ui/PortSessionMenu.h"
#include "ui/StateDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcDevicesPage, "mente.console.devices")

namespace mente::console {

namespace {
// "Scan common ports": the well-known range and the usual remote-desktop and database ports.
const QString kCommonPorts = QStringLiteral("1-1024,1433,3306,3389,5432,5900-5910,8000-8100,8443");
} // namespace

DevicesPage::DevicesPage(BoxLink *link, SecretVault *vault, QWidget *parent)
    : QWidget(parent), m_link(link), m_vault(vault), m_model(new DeviceTreeModel(this)), m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("devicesPage"));
    auto *layout = new QVBoxLayout(this);
    m_discovery = new DiscoveryBar(link, this);
    layout->addWidget(m_discovery);
    connect(m_discovery, &DiscoveryBar::sweepFinished, this, &DevicesPage::reload);
    connect(m_discovery, &DiscoveryBar::newCleared, this, &DevicesPage::reload);
    connect(m_discovery, &DiscoveryBar::requestFailed, this, &DevicesPage::showError);
    auto *bar = new QHBoxLayout;
    auto button = [this, bar](const QString &name, const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        bar->addWidget(b);
        return b;
    };
    button(QStringLiteral("reloadDevices"), tr("Reload"), &DevicesPage::reload);
    button(QStringLiteral("monitorOn"), tr("Monitor ON"), [this]() { setMonitorForSelection(true); });
    button(QStringLiteral("monitorOff"), tr("Monitor OFF"), [this]() { setMonitorForSelection(false); });
    button(QStringLiteral("scanCommon"), tr("Scan common ports"), [this]() { scanSelection(false); });
    button(QStringLiteral("scanAll"), tr("Scan all ports"), [this]() { scanSelection(true); });
    button(QStringLiteral("acknowledgeRows"), tr("Acknowledge"), [this]() { setAcknowledgedForSelection(true); });
    button(QStringLiteral("unacknowledgeRows"), tr("Take back acknowledgement"),
           [this]() { setAcknowledgedForSelection(false); });
    button(QStringLiteral("editDevice"), tr("Edit…"), &DevicesPage::editCurrent);
    bar->addStretch();
    m_newIp = new QLineEdit(this);
    m_newIp->setObjectName(QStringLiteral("newDeviceIp"));
    m_newIp->setPlaceholderText(tr("IP address"));
    m_newIp->setMaximumWidth(160);
    bar->addWidget(m_newIp);
    button(QStringLiteral("addDevice"), tr("Add device"), [this]() { addDevice(m_newIp->text()); });
    layout->addLayout(bar);

    m_view->setObjectName(QStringLiteral("deviceTree"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setItemDelegate(new StateDelegate(DeviceTreeModel::StateRole, -1, m_view));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(DeviceTreeModel::Address, 230);
    m_view->setColumnWidth(DeviceTreeModel::Protocol, 80);
    m_view->setColumnWidth(DeviceTreeModel::PortNumber, 60);
    m_view->setColumnWidth(DeviceTreeModel::Monitor, 70);
    m_view->setColumnWidth(DeviceTreeModel::State, 80);
    m_view->setColumnWidth(DeviceTreeModel::Access, 180);
    m_view->setColumnWidth(DeviceTreeModel::Report, 180);
    layout->addWidget(m_view, 1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->hide();
    layout->addWidget(m_progress);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("devicesMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_model, &DeviceTreeModel::monitorRequested, this, &DevicesPage::setMonitor);
    connect(m_model, &DeviceTreeModel::protocolRequested, this, [this](qint64 portId, const QString &protocol) {
        PortsClient(m_link->client()).setProtocol(portId, protocol, this, [this](const ApiResult<Port> &r) {
            if (!r.ok()) {
                showError(r.error().message);
                return;
            }
            m_model->applyPort(r.value());
            emit changeApplied();
        });
    });
    m_sessionMenu = new PortSessionMenu(m_view, m_model, link, this);
    connect(m_sessionMenu, &PortSessionMenu::message, this, [this](const QString &text, bool error) {
        if (error) {
            showError(text);
            return;
        }
        m_message->setStyleSheet({});
        m_message->setText(text);
    });
    connect(link, &BoxLink::eventReceived, this, &DevicesPage::onEvent);
    reload();
}

void DevicesPage::showError(const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("color: #c62828"));
    m_message->setText(message);
    emit requestFailed(message);
}

void DevicesPage::reload()
{
    DevicesClient(m_link->client()).list(this, [this](const ApiResult<QList<Device>> &r) {
        if (!r.ok()) {
            showError(r.error().message);
            return;
        }
        const QList<Device> &devices = r.value();
        m_model->setDevices(devices);
        m_discovery->setNewCount(
            int(std::count_if(devices.cbegin(), devices.cend(), [](const Device &d) { return d.isNew; })));
        m_view->expandAll();
        m_message->clear();
        m_loaded = true;
        emit loaded();
    });
}

// One device as the box has it now, into its row (or a new row); the rest of the list stays.
void DevicesPage::reloadDevice(qint64 id)
{
    DevicesClient(m_link->client()).device(id, this, [this](const ApiResult<Device> &r) {
        if (!r.ok()) {
            if (r.status() != 404) // a device removed meanwhile leaves with the next reload
                showError(r.error().message);
            return;
        }
        m_model->applyDevice(r.value());
        m_view->expand(m_model->indexOfDevice(r.value().id));
        m_discovery->setNewCount(int(std::count_if(m_model->devices().cbegin(), m_model->devices().cend(),
                                                   [](const Device &d) { return d.isNew; })));
    });
}

void DevicesPage::setMonitor(bool isPort, qint64 id, bool monitor)
{
    auto failed = [this](const Error &e) { showError(e.message); };
    if (isPort) {
        PortsClient(m_link->client()).setMonitor(id, monitor, this, [this, failed](const ApiResult<Port> &r) {
            if (!r.ok())
                return failed(r.error());
            m_model->applyPort(r.value());
            emit changeApplied();
        });
        return;
    }
    DevicesClient(m_link->client()).setMonitor(id, monitor, this, [this, failed](const ApiResult<Device> &r) {
        if (!r.ok())
            return failed(r.error());
        m_model->applyDevice(r.value());
        emit changeApplied();
    });
}

void DevicesPage::setAcknowledged(bool isPort, qint64 id, bool acknowledged)
{
    QuietingClient(m_link->client())
        .setAcknowledged(isPort, id, acknowledged, this, [this, isPort, id](const ApiResult<Acknowledgement> &r) {
            if (!r.ok()) {
                showError(r.error().message);
                return;
            }
            m_model->applyAcknowledged(isPort, id, r.value().acknowledged);
            emit changeApplied();
        });
}

void DevicesPage::setAcknowledgedForSelection(bool acknowledged)
{
    const auto rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const Port *p = m_model->portAt(index))
            setAcknowledged(true, p->id, acknowledged);
        else if (const Device *d = m_model->deviceAt(index))
            setAcknowledged(false, d->id, acknowledged);
    }
}

QList<qint64> DevicesPage::selectedDeviceIds() const
{
    QList<qint64> ids;
    const auto rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        if (const Device *d = m_model->deviceAt(index); d && !ids.contains(d->id))
            ids.append(d->id);
    return ids;
}

void DevicesPage::setMonitorForSelection(bool monitor)
{
    const auto rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const Port *p = m_model->portAt(index))
            setMonitor(true, p->id, monitor);
        else if (const Device *d = m_model->deviceAt(index))
            setMonitor(false, d->id, monitor);
    }
}

void DevicesPage::scanSelection(bool allPorts)
{
    const QList<qint64> ids = selectedDeviceIds();
    if (ids.isEmpty()) {
        showError(tr("Select the devices to scan first."));
        return;
    }
    const std::optional<QString> ports = allPorts ? std::nullopt : std::optional<QString>(kCommonPorts);
    for (const qint64 id : ids) {
        ScansClient(m_link->client()).start(id, ports, this, [this, id](const ApiResult<qint64> &r) {
            if (!r.ok()) {
                showError(r.error().message);
                return;
            }
            // Its events may have come before this answer: keep what they said.
            if (!m_scans.contains(r.value()))
                m_scans.insert(r.value(), {id, 0});
            m_model->applyState(false, id, HealthState::Scanning);
            showScanProgress();
        });
    }
}

// The bar shows the scans of this box that run, as the box's "scan" events tell them.
void DevicesPage::showScanProgress()
{
    if (m_scans.isEmpty()) {
        m_progress->hide();
        return;
    }
    int sum = 0;
    for (const RunningScan &scan : std::as_const(m_scans))
        sum += scan.percent;
    m_progress->setRange(0, 100);
    m_progress->setValue(sum / int(m_scans.size()));
    m_progress->setFormat(tr("Scanning… %p%"));
    m_progress->show();
}

// A scan event: the scan is the event's id, its state the event's `to`, a failure's reason its cause.
void DevicesPage::onScanEvent(const Event &event, const ScanProgressDetail &scan)
{
    const Result<ScanState> state = scanStateOf(event);
    if (!state) {
        qCWarning(lcDevicesPage) << "a scan event the console cannot read:" << state.error().field;
        return;
    }
    if (state.value() == ScanState::Running) {
        m_scans.insert(event.id, {scan.deviceId, scan.percent});
        showScanProgress();
        return;
    }
    m_scans.remove(event.id);
    if (state.value() == ScanState::Failed)
        showError(tr("The scan failed: %1").arg(event.cause));
    if (m_scans.isEmpty()) { // the last one ends full, then the bar goes
        m_progress->setValue(100);
        m_progress->hide();
    } else {
        showScanProgress();
    }
    reloadDevice(scan.deviceId); // its ports and its state after the scan
}

void DevicesPage::addDevice(const QString &ip)
{
    DevicesClient(m_link->client()).add(ip, this, [this](const ApiResult<Device> &r) {
        if (!r.ok()) {
            showError(r.error().message);
            return;
        }
        m_newIp->clear();
        m_model->applyDevice(r.value());
    });
}

void DevicesPage::editCurrent()
{
    const Device *d = m_model->deviceAt(m_view->currentIndex());
    if (!d)
        return;
    const QString prefix = m_link->client()->record().deviceKeyPrefix(d->id);
    auto *dialog = new DeviceEditDialog(*d, m_vault, prefix, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = d->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id]() {
        const DevicePatch patch = dialog->patch();
        if (patch.empty())
            return;
        DevicesClient(m_link->client()).change(id, patch, this, [this](const ApiResult<Device> &r) {
            if (!r.ok()) {
                showError(r.error().message);
                return;
            }
            m_model->applyDevice(r.value());
            emit changeApplied();
        });
    });
    dialog->open();
}

void DevicesPage::setSessions(SessionController *sessions)
{
    m_sessionMenu->setSessions(sessions);
}

void DevicesPage::onEvent(const Event &event)
{
    if (const auto scan = detailOf<ScanProgressDetail>(event, QLatin1String("scan"))) {
        if (scan->ok())
            onScanEvent(event, scan->value());
        else
            qCWarning(lcDevicesPage) << "a scan event the console cannot read:" << scan->error().field;
        return;
    }
    if (const auto ack = detailOf<AckDetail>(event, QLatin1String("ack"))) { // from here or elsewhere, one row each
        if (!ack->ok()) {
            qCWarning(lcDevicesPage) << "an acknowledgement event the console cannot read:" << ack->error().field;
            return;
        }
        const AckDetail &a = ack->value();
        // One device or port (the event's id), or every fault of the box at once (the lists).
        const QList<qint64> devices = a.target == QLatin1String("device") ? QList<qint64>{event.id} : a.devices;
        const QList<qint64> ports = a.target == QLatin1String("port") ? QList<qint64>{event.id} : a.ports;
        for (const qint64 id : devices)
            m_model->applyAcknowledged(false, id, a.acknowledged);
        for (const qint64 id : ports)
            m_model->applyAcknowledged(true, id, a.acknowledged);
        return;
    }
    const auto to = healthStateFromWire(event.to);
    if (event.kind == QLatin1String("device") && to)
        m_model->applyState(false, event.id, *to);
    else if (event.kind == QLatin1String("port") && to)
        m_model->applyState(true, event.id, *to);
    else if (event.kind.startsWith(QLatin1String("device."))) // new, gone, moved: that one device
        reloadDevice(event.id);
    else if (event.kind.startsWith(
                 QLatin1String("discovery"))) // a sweep's progress, its end: the bar (which reloads at the end)
        m_discovery->onEvent(event);
}

} // namespace mente::console
