// SPDX-License-Identifier: GPL-3.0-or-later
// DeviceStore as the one writer of the devices and ports tables: what discovery, scans and the
// monitor write through it (they wrote these rows with SQL of their own before).
#include "StoreFixture.h"
#include "store/DeviceStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>

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

TEST_F(DeviceStoreWrites, ABatchOfChecksSavesEachRowsOwnFiguresInBothTables)
{
    using T = DeviceStore::Table;
    const qint64 a = devices->insertManual(kIp1, at(0))->id;
    const qint64 b = devices->insertManual(kIp2, at(0))->id;
    const auto port = devices->insertPort(a, 22, QStringLiteral("ssh"), true);
    ASSERT_TRUE(port.ok());
    const QList<DeviceStore::CheckRow> rows = {
        {T::Devices, a, {at(1), 7, {}, QStringLiteral("icmp")}},
        {T::Ports, port->id, {at(2), std::nullopt, QStringLiteral("refused"), QStringLiteral("tcp")}},
        {T::Devices, b, {at(3), std::nullopt, QStringLiteral("timeout"), QStringLiteral("icmp")}},
        {T::Devices, a, {at(4), 9, {}, QStringLiteral("tcp-22")}}, // the same row again: the last one stays
    };
    ASSERT_TRUE(db().transaction([&] { return devices->saveChecks(rows); }).ok());
    const auto da = devices->byId(a);
    EXPECT_EQ(da->monitorInfo.lastCheck, at(4));
    EXPECT_EQ(da->monitorInfo.latencyMs, 9);
    EXPECT_EQ(da->monitorInfo.checkMethod, QStringLiteral("tcp-22"));
    EXPECT_EQ(da->monitorInfo.cause, QString());
    const auto db_ = devices->byId(b);
    EXPECT_EQ(db_->monitorInfo.lastCheck, at(3));
    EXPECT_EQ(db_->monitorInfo.latencyMs, -1);
    EXPECT_EQ(db_->monitorInfo.cause, QStringLiteral("timeout"));
    const auto p = devices->portById(port->id);
    EXPECT_EQ(p->monitorInfo.lastCheck, at(2));
    EXPECT_EQ(p->monitorInfo.cause, QStringLiteral("refused"));
    EXPECT_EQ(p->monitorInfo.checkMethod, QStringLiteral("tcp"));
    EXPECT_EQ(p->state, HealthState::Unknown);
}

TEST_F(DeviceStoreWrites, TheRevisionMovesWithWhatTheMonitorReadsButNotWithItsOwnWrites)
{
    using T = DeviceStore::Table;
    quint64 seen = devices->revision();
    auto moved = [&] { return std::exchange(seen, devices->revision()) != seen; };
    const qint64 a = devices->insertManual(kIp1, at(0))->id;
    EXPECT_TRUE(moved());
    const auto port = devices->insertPort(a, 80, QStringLiteral("http"), true);
    EXPECT_TRUE(moved());
    PortPatch patch;
    patch.monitor = true;
    ASSERT_TRUE(devices->applyPortPatch(port->id, patch).ok());
    EXPECT_TRUE(moved());
    ASSERT_TRUE(devices->upsertScannedPort(a, 443, QStringLiteral("https"), {}).ok());
    EXPECT_TRUE(moved());
    ASSERT_TRUE(devices->seen(kIp2, kMac, {}, {}, at(1)).ok());
    EXPECT_TRUE(moved());

    // The monitor's own results and states: no re-read of the targets for them.
    ASSERT_TRUE(devices->saveCheck(T::Ports, port->id, {at(2), 5, {}, QStringLiteral("tcp")}).ok());
    ASSERT_TRUE(db().transaction([&] {
                        return devices->saveChecks({{T::Devices, a, {at(3), 4, {}, QStringLiteral("icmp")}}});
                    })
                    .ok());
    ASSERT_TRUE(devices->setCheckedState(T::Ports, port->id, HealthState::Fault, false, QStringLiteral("refused"), at(3))
                    .ok());
    ASSERT_TRUE(devices->setAcknowledged(T::Ports, port->id, true).ok());
    EXPECT_FALSE(moved());

    ASSERT_TRUE(devices->removePort(port->id).ok());
    EXPECT_TRUE(moved());
    ASSERT_TRUE(devices->remove(a).ok());
    EXPECT_TRUE(moved());
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

TEST_F(DeviceStoreWrites, TheSummaryCountsWhatTheListShowsAndRollsUpTheWorstMonitoredState)
{
    // What GET /status reports, worked out the long way from the list it summarises.
    const auto fromList = [&] {
        DeviceStore::Summary s;
        for (const Device &d : devices->list(false)) {
            ++s.deviceCount;
            if (d.monitor) {
                ++s.monitoredCount;
                s.state = worse(s.state, d.state == HealthState::Scanning ? HealthState::Unknown : d.state);
            }
            for (const Port &p : d.ports)
                if (p.monitor) {
                    ++s.monitoredCount;
                    s.state = worse(s.state, p.state);
                }
        }
        return s;
    };
    const auto expectSummary = [&](HealthState state, const char *step) {
        const DeviceStore::Summary s = devices->summary();
        const DeviceStore::Summary want = fromList();
        EXPECT_EQ(s.deviceCount, want.deviceCount) << step;
        EXPECT_EQ(s.monitoredCount, want.monitoredCount) << step;
        EXPECT_EQ(s.state, want.state) << step;
        EXPECT_EQ(s.state, state) << step;
    };
    expectSummary(HealthState::Unknown, "empty");

    using T = DeviceStore::Table;
    const qint64 a = devices->seen(kIp1, {}, {}, {}, at(0))->deviceId; // monitored, one of its two ports too
    const qint64 b = devices->seen(kIp2, {}, {}, {}, at(0))->deviceId; // not monitored, its port is
    const qint64 c = devices->seen(QStringLiteral("192.0.2.12"), {}, {}, {}, at(0))->deviceId; // gone later
    DevicePatch monitored;
    monitored.monitor = true;
    ASSERT_TRUE(devices->applyPatch(a, monitored).ok());
    PortPatch portMonitored;
    portMonitored.monitor = true;
    const qint64 a22 = devices->insertPort(a, 22, QStringLiteral("SSH"), true)->id;
    const qint64 a80 = devices->insertPort(a, 80, QStringLiteral("HTTP"), true)->id;
    const qint64 b443 = devices->insertPort(b, 443, QStringLiteral("HTTPS"), true)->id;
    const qint64 c22 = devices->insertPort(c, 22, QStringLiteral("SSH"), true)->id;
    for (const qint64 port : {a22, b443, c22})
        ASSERT_TRUE(devices->applyPortPatch(port, portMonitored).ok());
    expectSummary(HealthState::Unknown, "nothing checked yet");
    EXPECT_EQ(devices->summary().deviceCount, 3);
    EXPECT_EQ(devices->summary().monitoredCount, 4);

    const QSet<QString> swept{kIp1, kIp2, QStringLiteral("192.0.2.12")};
    ASSERT_TRUE(devices->missed(swept, {kIp1, kIp2}, 1).ok());
    ASSERT_TRUE(devices->byId(c)->gone);
    expectSummary(HealthState::Unknown, "a device gone");
    EXPECT_EQ(devices->summary().deviceCount, 2);
    EXPECT_EQ(devices->summary().monitoredCount, 3);

    ASSERT_TRUE(devices->setCheckedState(T::Ports, c22, HealthState::Fault, false, {}, at(1)).ok());
    ASSERT_TRUE(devices->setCheckedState(T::Ports, a80, HealthState::Fault, false, {}, at(1)).ok());
    expectSummary(HealthState::Unknown, "faults of a gone device and of a port not monitored");
    ASSERT_TRUE(devices->setState(a, HealthState::Scanning).ok());
    expectSummary(HealthState::Unknown, "a device scanning counts as unknown");
    ASSERT_TRUE(devices->setCheckedState(T::Ports, b443, HealthState::Scanning, false, {}, at(2)).ok());
    expectSummary(HealthState::Scanning, "a monitored port scanning");
    ASSERT_TRUE(devices->setCheckedState(T::Ports, a22, HealthState::Ok, false, {}, at(2)).ok());
    expectSummary(HealthState::Ok, "one monitored port ok");
    ASSERT_TRUE(devices->setCheckedState(T::Ports, b443, HealthState::Fault, false, {}, at(3)).ok());
    expectSummary(HealthState::Fault, "a monitored port of an unmonitored device in fault");
    ASSERT_TRUE(devices->setCheckedState(T::Ports, b443, HealthState::Ok, false, {}, at(4)).ok());
    ASSERT_TRUE(devices->setState(a, HealthState::Fault).ok());
    expectSummary(HealthState::Fault, "a monitored device in fault");

    // The summary is kept between changes: a change rolled back is not kept, and a commit of
    // another connection (the sqlite3 shell, a second process) is seen.
    EXPECT_FALSE(db().transaction([&]() -> Status {
                         EXPECT_TRUE(devices->setState(a, HealthState::Ok).ok());
                         EXPECT_EQ(devices->summary().state, HealthState::Ok);
                         return Error{QStringLiteral("internal"), QStringLiteral("rolled back"), {}};
                     })
                     .ok());
    expectSummary(HealthState::Fault, "after a rollback");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(db().connection().databaseName());
        ASSERT_TRUE(other.open());
        QSqlQuery q(other);
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE devices SET state = 'ok' WHERE id = %1").arg(a)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    expectSummary(HealthState::Ok, "after another connection's commit");
}
