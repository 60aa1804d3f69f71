// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Device.h"

#include <QAbstractItemModel>

namespace mente::console {

// The device list (F6, seed §22): devices with their ports as child rows. Switching monitoring
// or typing a protocol does not change the model: it asks (signals), and the page updates the
// model when the box has agreed.
class DeviceTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Address, Host, Name, Protocol, PortNumber, Monitor, State, Access, Report, Memo, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1, IdRole, IsPortRole, IsNewRole };

    explicit DeviceTreeModel(QObject *parent = nullptr);

    void setDevices(const QList<Device> &devices);
    const QList<Device> &devices() const { return m_devices; }
    void applyState(bool isPort, qint64 id, HealthState state);
    void applyMonitor(bool isPort, qint64 id, bool monitor);
    void applyAcknowledged(bool isPort, qint64 id, bool acknowledged);
    void applyPort(const Port &port);
    void applyDevice(const Device &device);
    const Device *deviceAt(const QModelIndex &index) const; // the device of a device or port row
    const Port *portAt(const QModelIndex &index) const;     // nullptr on device rows
    QModelIndex indexOfDevice(qint64 id, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void monitorRequested(bool isPort, qint64 id, bool monitor);
    void protocolRequested(qint64 portId, const QString &protocol);

private:
    QVariant deviceData(const Device &d, int column, int role) const;
    QVariant portData(const Device &d, const Port &p, int column, int role) const;
    void rowChanged(int deviceRow, int portRow);
    QString stateText(HealthState state, bool acknowledged) const;

    QList<Device> m_devices;
};

} // namespace mente::console
