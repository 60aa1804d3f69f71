// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"
#include "store/DeviceStore.h"
#include "store/Migrations.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace mente;
using namespace mente::box;

TEST(Store, MigrationsBringANewDatabaseToTheLatestVersionOnce)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("box.db"));
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
        EXPECT_EQ(db.value()->schemaVersion(), migrations().size());
    }
    auto again = Database::open(path);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value()->schemaVersion(), migrations().size());
}

TEST(Store, ANewerDatabaseIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("box.db"));
    {
        auto db = Database::open(path);
        QSqlQuery q = db.value()->query();
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version=999")));
    }
    EXPECT_FALSE(Database::open(path).ok());
}

TEST(Store, TransactionsRollBackOnFailure)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("box.db")));
    ASSERT_TRUE(db.ok());
    DeviceStore devices(*db.value());
    const Status failed = db.value()->transaction([&]() -> Status {
        EXPECT_TRUE(devices.insertManual(QStringLiteral("192.0.2.1"), QDateTime::currentDateTimeUtc()).ok());
        return Error{QStringLiteral("conflict"), QStringLiteral("stop"), {}};
    });
    EXPECT_FALSE(failed.ok());
    EXPECT_TRUE(devices.list().isEmpty());
}

TEST(Store, ScannedPortsNeverDuplicateAndHandSetProtocolsWin)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("box.db")));
    DeviceStore devices(*db.value());
    const auto device = devices.insertManual(QStringLiteral("192.0.2.2"), QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(device.ok());
    ASSERT_TRUE(devices.upsertScannedPort(device->id, 2222, QStringLiteral("SSH"), {}).ok());
    ASSERT_TRUE(devices.upsertScannedPort(device->id, 2222, QStringLiteral("SSH"), {}).ok());
    EXPECT_EQ(devices.portsOf(device->id).size(), 1);
    const auto port = devices.portOf(device->id, 2222);
    PortPatch patch;
    patch.protocol = QStringLiteral("Custom");
    ASSERT_TRUE(devices.applyPortPatch(port->id, patch).ok());
    ASSERT_TRUE(devices.upsertScannedPort(device->id, 2222, QStringLiteral("SSH"), {}).ok());
    EXPECT_EQ(devices.portOf(device->id, 2222)->protocol, QStringLiteral("Custom"));
}
