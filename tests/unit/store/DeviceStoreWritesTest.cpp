// SPDX-License-Identifier: GPL-3.0-or-later
// DeviceStore as the one writer of the devices and ports tables: what discovery, scans and the
// monitor write through it (they wrote these rows with SQL of their own before).
#include "StoreFixture.h"
#include "store/DeviceStore.h"

using namespace mente;
using namespace mente::box;

namespace {
const QString kIp1 = QStringLiteral("192.0.2.10");
const QString kIp2 = QStringLiteral("192.0.2.11");
const QString kMac = QStringLiteral("02:00:00:00:00:01");
} // namespace

class DeviceStoreWrites : public StoreFixture
{
protected:
    void SetUp() override
    {
        StoreFixture::SetUp();
        devices = std::make_unique<DeviceStore>(db());
    }
    std::unique_ptr<DeviceStore> devices;
};

TEST_F(DeviceStoreWrites, ASeenDeviceIsAddedOnceMarkedNewAndKeepsItsFactsWhenLaterAnswersLackThem)
{
    const auto first = devices->seen(kIp1, kMac, QStringLiteral("nas"), QStringLiteral("Vendor"), at(0));
    ASSERT_TRUE(first.ok());
    EXPECT_TRUE(first->isNew);
    EXPECT_TRUE(first->newDevice);
    const auto again = devices->seen(kIp1, {}, {}, {}, at(5));
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->isNew);
    EXPECT_EQ(again->deviceId, first->deviceId);
    const auto d = devices->byId(first->deviceId);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->mac, kMac);
    EXPECT_EQ(d->hostname, QStringLiteral("nas"));
    EXPECT_EQ(d->vendor, QStringLiteral("Vendor"));
    EXPECT_EQ(d->firstSeen, at(0));
    EXPECT_EQ(d->lastSeen, at(5));
    EXPECT_TRUE(d->isNew);
    EXPECT_EQ(devices->list().size(), 1);
}

TEST_F(DeviceStoreWrites, AKnownMacAtANewAddressMovesItsRowUnlessTheOldAddressStillAnswers)
{
    const auto first = devices->seen(kIp1, kMac, {}, {}, at(0));
    ASSERT_TRUE(first.ok());
    const auto moved = devices->seen(kIp2, kMac, {}, {}, at(1), {kIp2});
    ASSERT_TRUE(moved.ok());
    EXPECT_EQ(moved->deviceId, first->deviceId);
    EXPECT_EQ(moved->movedFrom, kIp1);
    EXPECT_FALSE(moved->isNew);
    EXPECT_EQ(devices->byId(first->deviceId)->ip, kIp2);

    // Both addresses answer now: the old one gets a row of its own, not a new device.
    const auto second = devices->seen(kIp1, kMac, {}, {}, at(2), {kIp1, kIp2});
    ASSERT_TRUE(second.ok());
    EXPECT_TRUE(second->isNew);
    EXPECT_FALSE(second->newDevice);
    EXPECT_TRUE(second->movedFrom.isEmpty());
    EXPECT_EQ(devices->list().size(), 2);
}

TEST_F(DeviceStoreWrites, AnotherMacAtAKnownAddressIsANewDevice)
{
    ASSERT_TRUE(devices->seen(kIp1, kMac, {}, {}, at(0)).ok());
    ASSERT_EQ(devices->clearNew({}).value(), 1);
    const auto other = devices->seen(kIp1, QStringLiteral("02:00:00:00:00:02"), {}, {}, at(1));
    ASSERT_TRUE(other.ok());
    EXPECT_FALSE(other->isNew);
    EXPECT_TRUE(other->newDevice);
    EXPECT_TRUE(devices->byId(other->deviceId)->isNew);
}

TEST_F(DeviceStoreWrites, ClearNewCountsOnlyTheRowsItCleared)
{
    const qint64 a = devices->seen(kIp1, {}, {}, {}, at(0))->deviceId;
    const qint64 b = devices->seen(kIp2, {}, {}, {}, at(0))->deviceId;
    EXPECT_EQ(devices->clearNew({a}).value(), 1);
    EXPECT_EQ(devices->clearNew({a}).value(), 0);
    EXPECT_FALSE(devices->byId(a)->isNew);
    EXPECT_TRUE(devices->byId(b)->isNew);
    EXPECT_EQ(devices->clearNew({}).value(), 1);
}

TEST_F(DeviceStoreWrites, MissedSweepsMarkADeviceGoneOnceAndAnAnswerBringsItBack)
{
    const qint64 id = devices->seen(kIp1, {}, {}, {}, at(0))->deviceId;
    ASSERT_TRUE(devices->seen(kIp2, {}, {}, {}, at(0)).ok());
    const QSet<QString> swept{kIp1, kIp2};
    EXPECT_TRUE(devices->missed(swept, {kIp2}, 2).value().isEmpty());
    const auto gone = devices->missed(swept, {kIp2}, 2);
    ASSERT_TRUE(gone.ok());
    ASSERT_EQ(gone->size(), 1);
    EXPECT_EQ(gone->first().deviceId, id);
    EXPECT_EQ(gone->first().ip, kIp1);
    EXPECT_TRUE(devices->byId(id)->gone);
    EXPECT_TRUE(devices->missed(swept, {kIp2}, 2).value().isEmpty()); // gone already: not again
    EXPECT_EQ(devices->list(false).size(), 1);
    // Not swept: no missed sweep counted.
    EXPECT_TRUE(devices->missed({kIp2}, {kIp2}, 1).value().isEmpty());

    const auto back = devices->seen(kIp1, {}, {}, {}, at(9));
    EXPECT_TRUE(back->wasGone);
    EXPECT_FALSE(devices->byId(id)->gone);
}

TEST_F(DeviceStoreWrites, AStateChangeClearsTheAcknowledgementAndARemovedTargetIsNotFound)
{
    const auto device = devices->insertManual(kIp1, at(0));
    ASSERT_TRUE(device.ok());
    const auto port = devices->insertPort(device->id, 22, QStringLiteral("SSH"), true);
    ASSERT_TRUE(port.ok());
    using T = DeviceStore::Table;
    ASSERT_TRUE(
        devices->setCheckedState(T::Ports, port->id, HealthState::Fault, false, QStringLiteral("refused"), at(1)).ok());
    ASSERT_TRUE(devices->setAcknowledged(T::Ports, port->id, true).ok());
    EXPECT_TRUE(devices->portById(port->id)->monitorInfo.acknowledged);
    EXPECT_EQ(devices->checkedState(T::Ports, port->id), HealthState::Fault);
    EXPECT_EQ(devices->checkedState(T::Devices, device->id), HealthState::Unknown);

    ASSERT_TRUE(
        devices->setCheckedState(T::Ports, port->id, HealthState::Fault, true, QStringLiteral("flapping"), at(2)).ok());
    const auto p = devices->portById(port->id);
    EXPECT_FALSE(p->monitorInfo.acknowledged);
    EXPECT_TRUE(p->monitorInfo.flapping);
    EXPECT_EQ(p->monitorInfo.cause, QStringLiteral("flapping"));

    ASSERT_TRUE(devices->removePort(port->id).ok());
    const Status s = devices->setCheckedState(T::Ports, port->id, HealthState::Ok, false, {}, at(3));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, QStringLiteral("not_found"));
    EXPECT_EQ(s.error().message, QStringLiteral("The port was removed."));
    EXPECT_FALSE(devices->checkedState(T::Ports, port->id));
}

TEST_F(DeviceStoreWrites, ACheckSavesItsFiguresWithoutChangingTheState)
{
    const auto device = devices->insertManual(kIp1, at(0));
    using T = DeviceStore::Table;
    ASSERT_TRUE(devices->saveCheck(T::Devices, device->id, {at(1), 12, {}, QStringLiteral("icmp")}).ok());
    auto d = devices->byId(device->id);
    EXPECT_EQ(d->monitorInfo.lastCheck, at(1));
    EXPECT_EQ(d->monitorInfo.latencyMs, 12);
    EXPECT_EQ(d->monitorInfo.checkMethod, QStringLiteral("icmp"));
    EXPECT_EQ(d->state, HealthState::Unknown);
    ASSERT_TRUE(devices
                    ->saveCheck(T::Devices, device->id,
                                {at(2), std::nullopt, QStringLiteral("timeout"), QStringLiteral("icmp")})
                    .ok());
    d = devices->byId(device->id);
    EXPECT_EQ(d->monitorInfo.latencyMs, -1);
    EXPECT_EQ(d->monitorInfo.cause, QStringLiteral("timeout"));
}

TEST_F(DeviceStoreWrites, ResetScanningTouchesOnlyDevicesLeftScanning)
{
    const qint64 a = devices->insertManual(kIp1, at(0))->id;
    const qint64 b = devices->insertManual(kIp2, at(0))->id;
    ASSERT_TRUE(devices->setState(a, HealthState::Scanning).ok());
    ASSERT_TRUE(devices->setState(b, HealthState::Fault).ok());
    ASSERT_TRUE(devices->resetScanning().ok());
    EXPECT_EQ(devices->byId(a)->state, HealthState::Unknown);
    EXPECT_EQ(devices->byId(b)->state, HealthState::Fault);
}
