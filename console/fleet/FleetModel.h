// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>

namespace mente::console {

class Fleet;

// The fleet view's table (F3, seed §18): one row per box, cells made on demand from the Fleet,
// so a thousand boxes cost no widgets and little memory.
class FleetModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Serial,
        GlobalIp,
        Subdomain,
        Customer,
        LicenceKey,
        LicenceStart,
        LicenceEnd,
        Monitored,
        DeviceState,
        BoxState,
        VpnState,
        Mac,
        AddressMode,
        LocalIp,
        SshPort,
        Version,
        LastContact,
        Address,
        LastMonthOk, // availability in the kept report of the month that ended last (F10)
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value for sorting
        StateRole,                   // int(HealthState) for state columns
        BoxIdRole,
        MutedRole,
        AcknowledgedRole,
        WorstStateRole,
        QuietRole // acknowledged or muted now
    };

    explicit FleetModel(Fleet *fleet, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static bool isStateColumn(int column) { return column == DeviceState || column == BoxState || column == VpnState; }
    // For tests and the benchmark: "now" as the model sees it (mutes expire against it).
    void setNow(const QDateTime &now) { m_now = now; }

private:
    QVariant display(int row, int column) const;
    QVariant sortValue(int row, int column) const;
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }

    Fleet *m_fleet;
    QDateTime m_now;
};

} // namespace mente::console
