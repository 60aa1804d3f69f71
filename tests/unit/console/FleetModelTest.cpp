// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/FleetModel.h"

#include "fleet/Fleet.h"
#include "fleet/FleetFilterProxy.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace mente;
using namespace mente::console;

namespace {
CachedBox cached(qint64 id, const QString &serial, const QString &customer, HealthState devices)
{
    CachedBox c;
    c.record.id = id;
    c.record.url = QStringLiteral("https://10.0.0.%1:8443").arg(id);
    c.status.serial = serial;
    c.status.customerName = customer;
    c.status.deviceState = devices;
    c.status.boxState = HealthState::Ok;
    c.status.vpnState = HealthState::Ok;
    c.status.monitoredCount = int(id) * 3;
    c.hasStatus = true;
    return c;
}

const QDateTime T0(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

struct FleetFixture : ::testing::Test
{
    Fleet fleet;
    FleetModel model{&fleet};
    FleetFilterProxy proxy;
    QAbstractItemModelTester modelTester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester proxyTester{&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal};

    void SetUp() override
    {
        proxy.setSourceModel(&model);
        fleet.load({cached(1, QStringLiteral("MB-0003"), QStringLiteral("Beta"), HealthState::Ok),
                    cached(2, QStringLiteral("MB-0001"), QStringLiteral("アルファ商事"), HealthState::Fault),
                    cached(3, QStringLiteral("MB-0002"), QStringLiteral("Gamma"), HealthState::Unknown)},
                   T0);
    }
    QStringList column(int c) const
    {
        QStringList out;
        for (int r = 0; r < proxy.rowCount(); ++r)
            out << proxy.index(r, c).data().toString();
        return out;
    }
};
} // namespace

TEST_F(FleetFixture, ShowsSeedColumnsAndStatesInWords)
{
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), int(FleetModel::ColumnCount));
    EXPECT_EQ(model.headerData(FleetModel::Serial, Qt::Horizontal).toString(), QStringLiteral("Serial"));
    EXPECT_EQ(model.index(1, FleetModel::DeviceState).data().toString(), QStringLiteral("Fault"));
    EXPECT_EQ(model.index(0, FleetModel::DeviceState).data().toString(), QStringLiteral("OK"));
    EXPECT_EQ(model.index(2, FleetModel::DeviceState).data().toString(), QStringLiteral("--"));
    EXPECT_EQ(model.index(1, FleetModel::DeviceState).data(FleetModel::StateRole).toInt(), int(HealthState::Fault));
    EXPECT_NE(model.index(1, FleetModel::DeviceState).data(Qt::ForegroundRole).value<QColor>(),
              model.index(0, FleetModel::DeviceState).data(Qt::ForegroundRole).value<QColor>());
}

TEST_F(FleetFixture, SortsByAnyColumnAndFiltersBySerialCustomerOrState)
{
    proxy.sort(FleetModel::Serial, Qt::AscendingOrder);
    EXPECT_EQ(column(FleetModel::Serial),
              (QStringList{QStringLiteral("MB-0001"), QStringLiteral("MB-0002"), QStringLiteral("MB-0003")}));
    proxy.sort(FleetModel::Monitored, Qt::DescendingOrder);
    EXPECT_EQ(column(FleetModel::Monitored),
              (QStringList{QStringLiteral("9"), QStringLiteral("6"), QStringLiteral("3")}));
    proxy.sort(FleetModel::DeviceState, Qt::DescendingOrder);
    EXPECT_EQ(column(FleetModel::DeviceState).first(), QStringLiteral("Fault"));

    proxy.setText(QStringLiteral("0002"));
    EXPECT_EQ(column(FleetModel::Serial), QStringList{QStringLiteral("MB-0002")});
    proxy.setText(QStringLiteral("アルファ"));
    EXPECT_EQ(column(FleetModel::Serial), QStringList{QStringLiteral("MB-0001")});
    proxy.setText({});
    proxy.setStateFilter(FleetFilterProxy::StateFilter::Faults);
    EXPECT_EQ(column(FleetModel::Serial), QStringList{QStringLiteral("MB-0001")});
    proxy.setStateFilter(FleetFilterProxy::StateFilter::All);
    EXPECT_EQ(proxy.rowCount(), 3);
}

TEST_F(FleetFixture, RaisesANoticeOnEachFaultAndRecoveryAndNoneForNoChange)
{
    QSignalSpy notices(&fleet, &Fleet::noticeRaised);
    BoxStatus s = fleet.at(0).status;
    s.vpnState = HealthState::Fault;
    fleet.updateStatus(1, s, T0.addSecs(10));
    ASSERT_EQ(notices.size(), 1);
    auto n = notices.takeFirst().at(0).value<Notice>();
    EXPECT_EQ(n.kind, Notice::Kind::Vpn);
    EXPECT_TRUE(n.isFault());
    fleet.updateStatus(1, s, T0.addSecs(20));
    EXPECT_EQ(notices.size(), 0);
    s.vpnState = HealthState::Ok;
    fleet.updateStatus(1, s, T0.addSecs(30));
    ASSERT_EQ(notices.size(), 1);
    EXPECT_TRUE(notices.takeFirst().at(0).value<Notice>().isRecovery());

    Event e;
    e.seq = 5;
    e.kind = QStringLiteral("port");
    e.id = 77;
    e.from = QStringLiteral("ok");
    e.to = QStringLiteral("fault");
    e.at = T0.addSecs(40);
    fleet.applyEvent(1, e);
    ASSERT_EQ(notices.size(), 1);
    n = notices.takeFirst().at(0).value<Notice>();
    EXPECT_EQ(n.kind, Notice::Kind::Port);
    EXPECT_EQ(n.targetId, 77);
    EXPECT_EQ(fleet.find(1)->lastSeq, 5);

    // The box's tunnel events (open, closed, refused) are no faults: no notice, the seq still counts.
    for (const char *to : {"open", "closed", "refused"}) {
        Event tunnel;
        tunnel.seq = ++e.seq;
        tunnel.kind = QStringLiteral("tunnel");
        tunnel.id = 77;
        tunnel.from = QStringLiteral("open");
        tunnel.to = QString::fromLatin1(to);
        fleet.applyEvent(1, tunnel);
    }
    EXPECT_EQ(notices.size(), 0);
    EXPECT_EQ(fleet.find(1)->lastSeq, 8);
}

TEST_F(FleetFixture, ABoxSilentLongerThanTheLimitIsABoxFaultUntilItAnswers)
{
    QSignalSpy notices(&fleet, &Fleet::noticeRaised);
    fleet.checkReachability(T0.addSecs(60), 90);
    EXPECT_EQ(fleet.find(1)->boxState(), HealthState::Ok);
    EXPECT_EQ(notices.size(), 0);
    fleet.checkReachability(T0.addSecs(91), 90);
    EXPECT_EQ(fleet.find(1)->boxState(), HealthState::Fault);
    EXPECT_EQ(model.index(0, FleetModel::BoxState).data().toString(), QStringLiteral("Fault"));
    EXPECT_EQ(notices.size(), 3);
    fleet.markContact(1, T0.addSecs(100));
    EXPECT_EQ(fleet.find(1)->boxState(), HealthState::Ok);
    EXPECT_EQ(notices.size(), 4);
}

TEST_F(FleetFixture, WorstStateSkipsMutedAndAcknowledgedBoxes)
{
    EXPECT_EQ(fleet.worstState(T0), HealthState::Fault);
    fleet.setMutedUntil(2, T0.addSecs(3600));
    EXPECT_EQ(fleet.worstState(T0), HealthState::Ok);
    EXPECT_EQ(fleet.worstState(T0.addSecs(7200)), HealthState::Fault); // the mute ran out
    fleet.setAcknowledged(2, true);
    EXPECT_EQ(fleet.worstState(T0.addSecs(7200)), HealthState::Ok);
}

TEST_F(FleetFixture, AddingAndRemovingBoxesKeepsModelAndIndexConsistent)
{
    FleetEntry e;
    e.record.id = 10;
    e.record.url = QStringLiteral("https://10.0.0.10:8443");
    fleet.add(e);
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.index(3, FleetModel::Serial).data().toString(), QStringLiteral("(not yet known)"));
    fleet.remove(2);
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(fleet.rowOf(10), 2);
    EXPECT_EQ(fleet.rowOf(2), -1);
}

TEST_F(FleetFixture, AvailabilityLastMonthShowsAndSortsByItsShare)
{
    QList<CachedBox> boxes{cached(1, QStringLiteral("MB-0003"), QStringLiteral("Beta"), HealthState::Ok),
                           cached(2, QStringLiteral("MB-0001"), QStringLiteral("Alpha"), HealthState::Ok),
                           cached(3, QStringLiteral("MB-0002"), QStringLiteral("Gamma"), HealthState::Ok)};
    boxes[0].status.lastMonthOk = 0.9912;
    boxes[1].status.lastMonthOk = 1.0;
    // boxes[2] has no report of last month yet
    fleet.load(boxes, T0);
    EXPECT_EQ(model.headerData(FleetModel::LastMonthOk, Qt::Horizontal).toString(),
              QStringLiteral("Availability last month"));
    proxy.sort(FleetModel::LastMonthOk, Qt::AscendingOrder);
    EXPECT_EQ(column(FleetModel::LastMonthOk),
              (QStringList{QStringLiteral("-"), QStringLiteral("99.12 %"), QStringLiteral("100.00 %")}));
    proxy.sort(FleetModel::LastMonthOk, Qt::DescendingOrder);
    EXPECT_EQ(column(FleetModel::Serial),
              (QStringList{QStringLiteral("MB-0001"), QStringLiteral("MB-0003"), QStringLiteral("MB-0002")}));
}
