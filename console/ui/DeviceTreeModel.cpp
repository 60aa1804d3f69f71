// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DeviceTreeModel.h"

#include "fleet/StateText.h"

#include <QFont>

namespace mente::console {

// internalId: 0 for a device row, deviceRow + 1 for one of its port rows.

DeviceTreeModel::DeviceTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void DeviceTreeModel::setDevices(const QList<Device> &devices)
{
    beginResetModel();
    m_devices = devices;
    endResetModel();
}

QModelIndex DeviceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_devices.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_devices.size())
        return {};
    return row < m_devices.at(parent.row()).ports.size() ? createIndex(row, column, quintptr(parent.row() + 1))
                                                         : QModelIndex();
}

QModelIndex DeviceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int DeviceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_devices.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_devices.at(parent.row()).ports.size());
}

int DeviceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const Device *DeviceTreeModel::deviceAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int row = index.internalId() == 0 ? index.row() : int(index.internalId() - 1);
    return row < m_devices.size() ? &m_devices.at(row) : nullptr;
}

const Port *DeviceTreeModel::portAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const Device &d = m_devices.at(int(index.internalId() - 1));
    return index.row() < d.ports.size() ? &d.ports.at(index.row()) : nullptr;
}

QModelIndex DeviceTreeModel::indexOfDevice(qint64 id, int column) const
{
    for (int row = 0; row < m_devices.size(); ++row)
        if (m_devices.at(row).id == id)
            return index(row, column);
    return {};
}

QVariant DeviceTreeModel::deviceData(const Device &d, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Address: {
            const QString address = d.mac.isEmpty() ? d.ip : QStringLiteral("%1 / %2").arg(d.ip, d.mac);
            return d.isNew ? tr("%1 [new]").arg(address) : address;
        }
        case Host: return d.vendor.isEmpty() ? d.hostname : QStringLiteral("%1 (%2)").arg(d.hostname, d.vendor);
        case Name: return d.name;
        case Protocol: return QStringLiteral("--");
        case PortNumber: return QStringLiteral("--");
        case Monitor: return d.monitor ? tr("ON") : tr("OFF");
        case State:
            return stateText(d.monitor || d.state == HealthState::Scanning ? d.state : HealthState::Unknown,
                             d.monitorInfo.acknowledged);
        case Access:
            return d.accessUser.isEmpty() ? d.accessUrl : QStringLiteral("%1 (%2)").arg(d.accessUrl, d.accessUser);
        case Report:
            return d.reportUser.isEmpty() ? d.reportUrl : QStringLiteral("%1 (%2)").arg(d.reportUrl, d.reportUser);
        case Memo: return d.memo;
        default: break;
        }
    }
    if (role == Qt::CheckStateRole && column == Monitor)
        return d.monitor ? Qt::Checked : Qt::Unchecked;
    if (role == StateRole && column == State)
        return int(d.monitor || d.state == HealthState::Scanning ? d.state : HealthState::Unknown);
    if (role == IdRole)
        return d.id;
    if (role == IsPortRole)
        return false;
    if (role == Qt::ToolTipRole && column == Host)
        return d.hostname;
    if (role == Qt::ToolTipRole && column == Address && d.isNew)
        return tr("Discovery found this device for the first time; \"Mark as seen\" takes the mark away.");
    if (role == Qt::FontRole && d.isNew) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == IsNewRole)
        return d.isNew;
    return {};
}

QVariant DeviceTreeModel::portData(const Device &, const Port &p, int column, int role) const
{
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case Protocol: return p.protocol.isEmpty() && role == Qt::DisplayRole ? QStringLiteral("--") : p.protocol;
        case PortNumber: return p.port;
        case Monitor: return p.monitor ? tr("ON") : tr("OFF");
        case State: return stateText(p.monitor ? p.state : HealthState::Unknown, p.monitorInfo.acknowledged);
        case Memo: return p.banner;
        default: return QVariant();
        }
    }
    if (role == Qt::CheckStateRole && column == Monitor)
        return p.monitor ? Qt::Checked : Qt::Unchecked;
    if (role == StateRole && column == State)
        return int(p.monitor ? p.state : HealthState::Unknown);
    if (role == IdRole)
        return p.id;
    if (role == IsPortRole)
        return true;
    return {};
}

QVariant DeviceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Device *d = deviceAt(index);
    if (!d)
        return {};
    if (const Port *p = portAt(index))
        return portData(*d, *p, index.column(), role);
    return deviceData(*d, index.column(), role);
}

bool DeviceTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid())
        return false;
    const Port *p = portAt(index);
    if (role == Qt::CheckStateRole && index.column() == Monitor) {
        const bool on = value.toInt() == Qt::Checked;
        emit monitorRequested(p != nullptr, p ? p->id : deviceAt(index)->id, on);
        return false; // changes when the box agrees
    }
    if (role == Qt::EditRole && index.column() == Protocol && p) {
        emit protocolRequested(p->id, value.toString().trimmed());
        return false;
    }
    return false;
}

Qt::ItemFlags DeviceTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (!index.isValid())
        return f;
    if (index.column() == Monitor)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == Protocol && portAt(index))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant DeviceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Address: return tr("IP / MAC address");
    case Host: return tr("Host name");
    case Name: return tr("Name");
    case Protocol: return tr("Protocol");
    case PortNumber: return tr("Port");
    case Monitor: return tr("Monitor");
    case State: return tr("State");
    case Access: return tr("Access URL / user");
    case Report: return tr("Report URL / user");
    case Memo: return tr("Memo");
    default: break;
    }
    return {};
}

void DeviceTreeModel::rowChanged(int deviceRow, int portRow)
{
    const QModelIndex first = portRow < 0 ? index(deviceRow, 0) : index(portRow, 0, index(deviceRow, 0));
    emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
}

void DeviceTreeModel::applyState(bool isPort, qint64 id, HealthState state)
{
    for (int row = 0; row < m_devices.size(); ++row) {
        Device &d = m_devices[row];
        if (!isPort && d.id == id) {
            d.state = state;
            rowChanged(row, -1);
            return;
        }
        for (int pr = 0; isPort && pr < d.ports.size(); ++pr)
            if (d.ports[pr].id == id) {
                d.ports[pr].state = state;
                rowChanged(row, pr);
                return;
            }
    }
}

void DeviceTreeModel::applyMonitor(bool isPort, qint64 id, bool monitor)
{
    for (int row = 0; row < m_devices.size(); ++row) {
        Device &d = m_devices[row];
        if (!isPort && d.id == id) {
            d.monitor = monitor;
            rowChanged(row, -1);
            return;
        }
        for (int pr = 0; isPort && pr < d.ports.size(); ++pr)
            if (d.ports[pr].id == id) {
                d.ports[pr].monitor = monitor;
                rowChanged(row, pr);
                return;
            }
    }
}

// A fault someone acknowledged ("known and being handled") says so.
QString DeviceTreeModel::stateText(HealthState state, bool acknowledged) const
{
    if (state == HealthState::Fault && acknowledged)
        return tr("%1 (acknowledged)").arg(stateLabel(state));
    return stateLabel(state);
}

void DeviceTreeModel::applyAcknowledged(bool isPort, qint64 id, bool acknowledged)
{
    for (int row = 0; row < m_devices.size(); ++row) {
        Device &d = m_devices[row];
        if (!isPort && d.id == id) {
            d.monitorInfo.acknowledged = acknowledged;
            rowChanged(row, -1);
            return;
        }
        for (int pr = 0; isPort && pr < d.ports.size(); ++pr)
            if (d.ports[pr].id == id) {
                d.ports[pr].monitorInfo.acknowledged = acknowledged;
                rowChanged(row, pr);
                return;
            }
    }
}

void DeviceTreeModel::applyPort(const Port &port)
{
    for (int row = 0; row < m_devices.size(); ++row)
        for (int pr = 0; pr < m_devices[row].ports.size(); ++pr)
            if (m_devices[row].ports[pr].id == port.id) {
                m_devices[row].ports[pr] = port;
                rowChanged(row, pr);
                return;
            }
}

void DeviceTreeModel::applyDevice(const Device &device)
{
    int row = 0;
    while (row < m_devices.size() && m_devices.at(row).id != device.id)
        ++row;
    if (row == m_devices.size()) { // one the list did not have yet (discovery found it, or it was added)
        beginInsertRows({}, row, row);
        m_devices.append(device);
        endInsertRows();
        return;
    }
    Device updated = device;
    if (updated.ports.isEmpty())
        updated.ports = m_devices.at(row).ports; // a PATCH answer may leave the ports out
    const int before = int(m_devices.at(row).ports.size());
    const int after = int(updated.ports.size());
    const QModelIndex parent = index(row, 0);
    // A scan may find ports: the port rows change, the device row and its neighbours stay.
    if (after < before) {
        beginRemoveRows(parent, after, before - 1);
        m_devices[row].ports.resize(after);
        endRemoveRows();
    } else if (after > before) {
        beginInsertRows(parent, before, after - 1);
        m_devices[row].ports = updated.ports;
        endInsertRows();
    }
    m_devices[row] = updated;
    rowChanged(row, -1);
    for (int port = 0; port < qMin(before, after); ++port)
        rowChanged(row, port);
}

} // namespace mente::console
