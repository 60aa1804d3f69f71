// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DeviceTreeModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace mente;
using namespace mente::console;

namespace {
QList<Device> sample()
{
    Device a;
    a.id = 1;
    a.ip = QStringLiteral("192.168.1.10");
    a.mac = QStringLiteral("00:11:22:33:44:55");
    a.monitor = true;
    a.state = HealthState::Ok;
    Port ssh;
    ssh.id = 11;
    ssh.port = 22;
    ssh.protocol = QStringLiteral("SSH");
    Port other;
    other.id = 12;
    other.port = 2355;
    a.ports = {ssh, other};
    Device b;
    b.id = 2;
    b.ip = QStringLiteral("192.168.1.11");
    return {a, b};
}
} // namespace

TEST(DeviceTreeModel, IsAValidTreeOfDevicesAndPorts)
{
    DeviceTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDevices(sample());
    ASSERT_EQ(model.rowCount(), 2);
    const QModelIndex first = model.index(0, 0);
    ASSERT_EQ(model.rowCount(first), 2);
    EXPECT_EQ(model.index(0, DeviceTreeModel::Protocol, first).data().toString(), QStringLiteral("SSH"));
    EXPECT_EQ(model.index(1, DeviceTreeModel::Protocol, first).data().toString(), QStringLiteral("--"));
    EXPECT_EQ(model.index(0, DeviceTreeModel::State).data().toString(), QStringLiteral("OK"));
    EXPECT_EQ(model.index(1, DeviceTreeModel::Monitor).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    EXPECT_EQ(model.parent(model.index(1, 3, first)), first);
}

TEST(DeviceTreeModel, AsksTheBoxInsteadOfChangingItselfAndAppliesWhatTheBoxSays)
{
    DeviceTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDevices(sample());
    QSignalSpy monitor(&model, &DeviceTreeModel::monitorRequested);
    QSignalSpy protocol(&model, &DeviceTreeModel::protocolRequested);
    EXPECT_FALSE(model.setData(model.index(1, DeviceTreeModel::Monitor), Qt::Checked, Qt::CheckStateRole));
    ASSERT_EQ(monitor.size(), 1);
    EXPECT_EQ(monitor.at(0).at(0).toBool(), false);
    EXPECT_EQ(monitor.at(0).at(1).toLongLong(), 2);
    EXPECT_EQ(monitor.at(0).at(2).toBool(), true);
    EXPECT_EQ(model.index(1, DeviceTreeModel::Monitor).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    model.applyMonitor(false, 2, true);
    EXPECT_EQ(model.index(1, DeviceTreeModel::Monitor).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

    const QModelIndex port = model.index(1, DeviceTreeModel::Protocol, model.index(0, 0));
    EXPECT_TRUE(model.flags(port) & Qt::ItemIsEditable);
    model.setData(port, QStringLiteral("vnc"));
    ASSERT_EQ(protocol.size(), 1);
    EXPECT_EQ(protocol.at(0).at(0).toLongLong(), 12);

    model.applyState(true, 11, HealthState::Fault);
    EXPECT_EQ(model.index(0, DeviceTreeModel::State, model.index(0, 0)).data(DeviceTreeModel::StateRole).toInt(),
              int(HealthState::Unknown)); // not monitored: shown as --
    model.applyMonitor(true, 11, true);
    EXPECT_EQ(model.index(0, DeviceTreeModel::State, model.index(0, 0)).data().toString(), QStringLiteral("Fault"));
}

TEST(DeviceTreeModel, MarksNewDevicesUntilTheBoxClearsTheMark)
{
    DeviceTreeModel model;
    QList<Device> devices = sample();
    devices[1].isNew = true;
    model.setDevices(devices);
    const QModelIndex fresh = model.index(1, DeviceTreeModel::Address);
    EXPECT_EQ(fresh.data().toString(), QStringLiteral("192.168.1.11 [new]"));
    EXPECT_TRUE(fresh.data(Qt::FontRole).value<QFont>().bold());
    EXPECT_TRUE(fresh.data(DeviceTreeModel::IsNewRole).toBool());
    EXPECT_FALSE(fresh.data(Qt::ToolTipRole).toString().isEmpty());
    const QModelIndex known = model.index(0, DeviceTreeModel::Address);
    EXPECT_EQ(known.data().toString(), QStringLiteral("192.168.1.10 / 00:11:22:33:44:55"));
    EXPECT_FALSE(known.data(Qt::FontRole).isValid());

    // The device list round-trips the flag through the wire format (and the console's cache).
    const auto back = Device::fromJson(devices[1].toJson());
    ASSERT_TRUE(back.ok());
    EXPECT_TRUE(back->isNew);
    devices[1].isNew = false;
    model.setDevices(devices);
    EXPECT_EQ(model.index(1, DeviceTreeModel::Address).data().toString(), QStringLiteral("192.168.1.11"));
}
