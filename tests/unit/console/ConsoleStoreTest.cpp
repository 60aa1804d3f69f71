// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ConsoleStore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace mente;
using namespace mente::console;

TEST(ConsoleStore, KeepsBoxesAndTheirLastStateAcrossReopening)
{
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/console.sqlite");
    qint64 id = 0;
    {
        ConsoleStore store(path);
        ASSERT_TRUE(store.open().ok());
        BoxRecord r;
        r.url = QStringLiteral("https://127.0.0.1:8443");
        r.login = QStringLiteral("admin");
        r.fingerprint = QStringLiteral("sha256:AA:BB");
        auto added = store.addBox(r);
        ASSERT_TRUE(added.ok());
        id = added->id;
        EXPECT_GT(id, 0);
        auto duplicate = store.addBox(r);
        ASSERT_FALSE(duplicate.ok());
        EXPECT_EQ(duplicate.error().field, QStringLiteral("url"));

        BoxStatus s;
        s.serial = QStringLiteral("MB-0001");
        s.customerName = QStringLiteral("株式会社テスト");
        s.deviceState = HealthState::Fault;
        ASSERT_TRUE(store.saveStatus(id, s, QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC)).ok());
        ASSERT_TRUE(store.saveLastSeq(id, 42).ok());
        ASSERT_TRUE(store.saveLocalState(id, QDateTime(QDate(2026, 11, 26), QTime(0, 0), Qt::UTC), true).ok());
        Device d;
        d.id = 5;
        d.ip = QStringLiteral("192.168.1.5");
        Port p;
        p.id = 9;
        p.port = 22;
        p.protocol = QStringLiteral("SSH");
        d.ports.append(p);
        ASSERT_TRUE(store.saveDevices(id, {d}).ok());
    }
    ConsoleStore again(path);
    ASSERT_TRUE(again.open().ok());
    const auto boxes = again.loadBoxes();
    ASSERT_EQ(boxes.size(), 1);
    const CachedBox &b = boxes.first();
    EXPECT_EQ(b.record.fingerprint, QStringLiteral("sha256:AA:BB"));
    ASSERT_TRUE(b.hasStatus);
    EXPECT_EQ(b.status.customerName, QStringLiteral("株式会社テスト"));
    EXPECT_EQ(b.status.deviceState, HealthState::Fault);
    EXPECT_EQ(b.lastSeq, 42);
    EXPECT_TRUE(b.acknowledged);
    EXPECT_EQ(b.lastContact, QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC));
    const auto devices = again.loadDevices(id);
    ASSERT_EQ(devices.size(), 1);
    ASSERT_EQ(devices.first().ports.size(), 1);
    EXPECT_EQ(devices.first().ports.first().protocol, QStringLiteral("SSH"));

    ASSERT_TRUE(again.removeBox(id).ok());
    EXPECT_TRUE(again.loadBoxes().isEmpty());
    EXPECT_TRUE(again.loadDevices(id).isEmpty()); // the cache goes with the box
}
