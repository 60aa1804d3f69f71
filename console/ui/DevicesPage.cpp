// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DevicesPage.h"

#include "api/BoxClient.h"
#include "fleet/BoxLink.h"
#include "shared/ApiPaths.h"
#include "shared/Device.h"
#include "shared/ScanRecord.h"
#include "ui/DeviceEditDialog.h"
#include "ui/DeviceTreeModel.h"
#include "ui/DiscoveryBar.h"
#include "ui/PortSessionMenu.h"
#include "ui/StateDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace mente::console {

DevicesPage::DevicesPage(BoxLink *link, SecretVault *vault, QWidget *parent)
    : QWidget(parent)
    , m_link(link)
    , m_vault(vault)
    , m_model(new DeviceTreeModel(this))
    , m_view(new QTreeView(this))
    , m_scanTimer(new QTimer(this))
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
        PortPatch patch;
        patch.protocol = protocol;
        m_link->client()->call("PATCH", api::portPath(portId), patch.toJson(), this, [this](const ApiReply &r) {
            if (!r.ok()) {
                showError(r.error().message);
                return;
            }
            if (auto port = Port::fromJson(r.object()))
                m_model->applyPort(port.value());
            else
                reload();
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
    m_scanTimer->setInterval(1000);
    connect(m_scanTimer, &QTimer::timeout, this, &DevicesPage::pollScans);
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
    m_link->client()->get(api::Devices, this, [this](const ApiReply &r) {
        if (!r.ok()) {
            showError(r.error().message);
            return;
        }
        QList<Device> devices;
        QJsonArray array = r.array();
        if (array.isEmpty())
            array = r.object().value(QStringLiteral("devices")).toArray();
        for (const QJsonValue &v : array) {
            if (auto d = Device::fromJson(v.toObject()))
                devices.append(d.value());
        }
        m_model->setDevices(devices);
        m_discovery->setNewCount(
            int(std::count_if(devices.cbegin(), devices.cend(), [](const Device &d) { return d.isNew; })));
        m_view->expandAll();
        m_message->clear();
        m_loaded = true;
        emit loaded();
    });
}

void DevicesPage::setMonitor(bool isPort, qint64 id, bool monitor)
{
    const QString path = isPort ? api::portPath(id) : api::devicePath(id);
    const QJsonObject body{{QStringLiteral("monitor"), monitor}};
    m_link->client()->call("PATCH", path, body, this, [this, isPort, id, monitor](const ApiReply &r) {
        if (!r.ok()) {
            showError(r.error().message);
            return;
        }
        m_model->applyMonitor(isPort, id, monitor);
        if (!isPort)
            if (auto d = Device::fromJson(r.object()))
                m_model->applyDevice(d.value());
        emit changeApplied();
    });
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
    const QJsonValue body =
        allPorts ? QJsonValue()
                 : QJsonValue(QJsonObject{
                     {QStringLiteral("ports"), QStringLiteral("1-1024,1433,3306,3389,5432,5900-5910,8000-8100,8443")}});
    for (const qint64 id : ids) {
        m_link->client()->call("POST", api::deviceScanPath(id), body, this, [this, id](const ApiReply &r) {
            if (!r.ok()) {
                showError(r.error().message);
                return;
            }
            const qint64 scanId = r.object().value(QStringLiteral("scanId")).toInteger();
            m_scans.insert(scanId, id);
            m_model->applyState(false, id, HealthState::Scanning);
            m_progress->setRange(0, 0);
            m_progress->setFormat(tr("Scanning…"));
            m_progress->show();
            m_scanTimer->start();
        });
    }
}

void DevicesPage::pollScans()
{
    if (m_scans.isEmpty()) {
        m_scanTimer->stop();
        m_progress->hide();
        return;
    }
    const auto scans = m_scans.keys();
    for (const qint64 scanId : scans) {
        m_link->client()->get(api::scanPath(scanId), this, [this, scanId](const ApiReply &r) {
            if (!m_scans.contains(scanId))
                return;
            if (!r.ok()) {
                m_scans.remove(scanId);
                showError(r.error().message);
                return;
            }
            const auto scan = ScanRecord::fromJson(r.object());
            if (!scan) {
                m_scans.remove(scanId);
                showError(scan.error().message);
                return;
            }
            m_progress->setRange(0, 100);
            m_progress->setValue(scan->percent());
            m_progress->setFormat(tr("Scanning… %p%"));
            if (scan->state == QLatin1String("done") || scan->state == QLatin1String("failed")) {
                m_scans.remove(scanId);
                if (scan->state == QLatin1String("failed"))
                    showError(tr("The scan failed: %1").arg(scan->error));
                reload();
            }
        });
    }
}

void DevicesPage::addDevice(const QString &ip)
{
    m_link->client()->call("POST", api::Devices, QJsonObject{{QStringLiteral("ip"), ip.trimmed()}}, this,
                           [this](const ApiReply &r) {
                               if (!r.ok()) {
                                   showError(r.error().message);
                                   return;
                               }
                               m_newIp->clear();
                               reload();
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
        m_link->client()->call("PATCH", api::devicePath(id), patch.toJson(), this, [this](const ApiReply &r) {
            if (!r.ok()) {
                showError(r.error().message);
                return;
            }
            if (auto device = Device::fromJson(r.object()))
                m_model->applyDevice(device.value());
            else
                reload();
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
    const auto to = healthStateFromWire(event.to);
    if (event.kind == QLatin1String("device") && to)
        m_model->applyState(false, event.id, *to);
    else if (event.kind == QLatin1String("port") && to)
        m_model->applyState(true, event.id, *to);
    else if (event.kind == QLatin1String("scan") || event.kind == QLatin1String("discovery")
             || event.kind.startsWith(QLatin1String("device.")))
        reload();
}

} // namespace mente::console
