// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PortSessionMenu.h"

#include "api/BoxClient.h"
#include "fleet/BoxLink.h"
#include "launch/SessionController.h"
#include "shared/Device.h"
#include "ui/DeviceTreeModel.h"

#include <QMenu>
#include <QTreeView>
#include <QUrl>

namespace mente::console {

PortSessionMenu::PortSessionMenu(QTreeView *view, DeviceTreeModel *model, BoxLink *link, QObject *parent)
    : QObject(parent), m_view(view), m_model(model), m_link(link)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &PortSessionMenu::showMenu);
    connect(view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        // The protocol and monitor cells edit on a double-click; the rest of a port row connects.
        if (index.column() != DeviceTreeModel::Protocol && index.column() != DeviceTreeModel::Monitor)
            connectIndex(index);
    });
}

void PortSessionMenu::showMenu(const QPoint &at)
{
    const QModelIndex index = m_view->indexAt(at);
    if (!m_model->portAt(index))
        return;
    auto *menu = new QMenu(m_view);
    menu->setObjectName(QStringLiteral("portSessionMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *connectAction = menu->addAction(tr("Connect"), this, [this, index]() { connectIndex(index); });
    connectAction->setObjectName(QStringLiteral("connectPort"));
    menu->setDefaultAction(connectAction);
    menu->addAction(tr("Connect through the VPN"), this, [this, index]() { connectIndex(index, SessionPath::Vpn); })
        ->setObjectName(QStringLiteral("connectPortVpn"));
    menu->addAction(tr("Connect through an SSH tunnel via the box"), this,
                    [this, index]() { connectIndex(index, SessionPath::Tunnel); })
        ->setObjectName(QStringLiteral("connectPortTunnel"));
    menu->popup(m_view->viewport()->mapToGlobal(at));
}

bool PortSessionMenu::connectPort(qint64 portId, std::optional<SessionPath> via)
{
    for (const Device &d : m_model->devices())
        for (int row = 0; row < d.ports.size(); ++row)
            if (d.ports.at(row).id == portId)
                return connectIndex(m_model->index(row, 0, m_model->indexOfDevice(d.id)), via);
    return false;
}

bool PortSessionMenu::connectIndex(const QModelIndex &index, std::optional<SessionPath> via)
{
    const Port *port = m_model->portAt(index);
    const Device *device = m_model->deviceAt(index);
    if (!port || !device || !m_sessions)
        return false;
    SessionController::Request request;
    request.client = m_link->client();
    request.deviceId = device->id;
    request.deviceIp = device->ip;
    request.user = device->accessUser;
    request.accessPath = QUrl(device->accessUrl).path();
    request.protocol = port->protocol;
    request.port = quint16(port->port);
    request.via = via;
    emit message(tr("Opening %1 to %2:%3…").arg(port->protocol, device->ip).arg(port->port), false);
    m_sessions->open(request, this, [this](const SessionController::Outcome &out) {
        if (!out.ok)
            emit message(out.error, true);
        else
            emit message(out.notice.isEmpty()
                             ? (out.path == SessionPath::Tunnel ? tr("Session started through the SSH tunnel.")
                                                                : tr("Session started through the VPN."))
                             : out.notice,
                         false);
    });
    return true;
}

} // namespace mente::console
