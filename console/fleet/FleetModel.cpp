// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/FleetModel.h"

#include "fleet/Fleet.h"
#include "fleet/StateText.h"

#include <QFont>
#include <QLocale>

namespace mente::console {

FleetModel::FleetModel(Fleet *fleet, QObject *parent) : QAbstractTableModel(parent), m_fleet(fleet)
{
    connect(fleet, &Fleet::aboutToReset, this, [this]() { beginResetModel(); });
    connect(fleet, &Fleet::wasReset, this, [this]() { endResetModel(); });
    connect(fleet, &Fleet::aboutToAdd, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(fleet, &Fleet::added, this, [this](int) { endInsertRows(); });
    connect(fleet, &Fleet::aboutToRemove, this, [this](int row) { beginRemoveRows({}, row, row); });
    connect(fleet, &Fleet::removed, this, [this](int) { endRemoveRows(); });
    connect(fleet, &Fleet::changed, this, [this](int row) {
        if (row >= 0 && row < rowCount())
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

int FleetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_fleet->size();
}
int FleetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetModel::display(int row, int column) const
{
    const FleetEntry &e = m_fleet->at(row);
    const BoxStatus &s = e.status;
    const auto date = [](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-"); };
    switch (column) {
    case Serial: return s.serial.isEmpty() ? tr("(not yet known)") : s.serial;
    case GlobalIp: return s.globalIp;
    case Subdomain: return s.subdomain;
    case Customer: return s.customerName;
    case LicenceKey: return s.licenceKey.isEmpty() ? QStringLiteral("-") : s.licenceKey;
    case LicenceStart: return date(s.licenceStart);
    case LicenceEnd: return date(s.licenceEnd);
    case Monitored: return e.hasStatus ? QVariant(s.monitoredCount) : QVariant(QString());
    case DeviceState: return stateLabel(e.deviceState());
    case BoxState: return stateLabel(e.boxState());
    case VpnState: return stateLabel(e.vpnState());
    case Mac: return s.mac;
    case AddressMode: return s.addressMode;
    case LocalIp: return s.localIp;
    case SshPort: return e.hasStatus ? QVariant(s.sshPort) : QVariant(QString());
    case Version: return s.version;
    case LastContact:
        return e.lastContact.isValid() ? QLocale().toString(e.lastContact.toLocalTime(), QLocale::ShortFormat)
                                       : tr("never");
    case Address: return e.record.url;
    case LastMonthOk:
        return s.lastMonthOk ? QLocale().toString(*s.lastMonthOk * 100.0, 'f', 2) + QStringLiteral(" %")
                             : QStringLiteral("-");
    default: break;
    }
    return {};
}

QVariant FleetModel::sortValue(int row, int column) const
{
    const FleetEntry &e = m_fleet->at(row);
    const BoxStatus &s = e.status;
    switch (column) {
    case Monitored: return s.monitoredCount;
    case SshPort: return s.sshPort;
    case DeviceState: return int(e.deviceState());
    case BoxState: return int(e.boxState());
    case VpnState: return int(e.vpnState());
    case LicenceStart: return s.licenceStart;
    case LicenceEnd: return s.licenceEnd;
    case LastContact: return e.lastContact;
    case LastMonthOk: return s.lastMonthOk.value_or(-1.0); // boxes without a report sort first
    default: break;
    }
    return display(row, column);
}

QVariant FleetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const FleetEntry &e = m_fleet->at(row);
    switch (role) {
    case Qt::DisplayRole: return display(row, column);
    case SortRole: return sortValue(row, column);
    case BoxIdRole: return e.record.id;
    case MutedRole: return e.muted(now());
    case AcknowledgedRole: return e.acknowledged;
    case WorstStateRole: return int(e.worst());
    case QuietRole: return e.acknowledged || e.muted(now());
    case Qt::FontRole:
        if (e.muted(now()) && !isStateColumn(column)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case StateRole:
        if (column == DeviceState)
            return int(e.deviceState());
        if (column == BoxState)
            return int(e.boxState());
        if (column == VpnState)
            return int(e.vpnState());
        return {};
    case Qt::ForegroundRole:
        if (isStateColumn(column))
            return stateColor(HealthState(data(index, StateRole).toInt()));
        return {};
    case Qt::TextAlignmentRole:
        if (isStateColumn(column))
            return int(Qt::AlignCenter);
        if (column == Monitored || column == SshPort)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        if (e.certificateRefused)
            lines << tr("The box presented a different certificate: %1").arg(e.presentedFingerprint);
        else if (e.unreachable)
            lines << tr("The box has stopped answering.");
        if (!e.problem.isEmpty())
            lines << e.problem;
        if (e.muted(now()))
            lines << tr("Notifications muted until %1")
                         .arg(QLocale().toString(e.mutedUntil.toLocalTime(), QLocale::ShortFormat));
        if (e.acknowledged)
            lines << tr("Fault acknowledged");
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    default: break;
    }
    return {};
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Serial: return tr("Serial");
    case GlobalIp: return tr("Global IP");
    case Subdomain: return tr("Sub-domain");
    case Customer: return tr("Customer");
    case LicenceKey: return tr("Licence key");
    case LicenceStart: return tr("Licence start");
    case LicenceEnd: return tr("Licence end");
    case Monitored: return tr("Monitored");
    case DeviceState: return tr("Devices");
    case BoxState: return tr("Box");
    case VpnState: return tr("VPN");
    case Mac: return tr("Box MAC");
    case AddressMode: return tr("Address mode");
    case LocalIp: return tr("Local IP");
    case SshPort: return tr("SSH port");
    case Version: return tr("Version");
    case LastContact: return tr("Last contact");
    case Address: return tr("Address");
    case LastMonthOk: return tr("Availability last month");
    default: break;
    }
    return {};
}

} // namespace mente::console
