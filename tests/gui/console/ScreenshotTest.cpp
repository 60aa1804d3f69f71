// SPDX-License-Identifier: GPL-3.0-or-later
// Saves pictures of the main window (English and Japanese) in the build directory for review.
#include "FleetGenerator.h"
#include "app/ConsoleApplication.h"
#include "store/ConsoleSettings.h"
#include "fleet/Fleet.h"
#include "fleet/FleetController.h"
#include "fleet/FleetFilterProxy.h"
#include "fleet/FleetModel.h"
#include "store/ConsoleStore.h"
#include "support/FakeVault.h"
#include "tray/TrayController.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QPixmap>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace mente::console;

namespace {
void shoot(const QString &language, const QString &file)
{
    QTemporaryDir dir;
    const QString db = dir.path() + QStringLiteral("/console.sqlite");
    {
        ConsoleStore store(db);
        ASSERT_TRUE(store.open().ok());
        ASSERT_TRUE(bench::generateFleet(store, 24, 0, 7).ok());
    }
    auto settings = std::make_unique<ConsoleSettings>(dir.path() + QStringLiteral("/console.ini"));
    settings->setDatabasePath(db);
    settings->setLanguage(language);
    ConsoleApplication app(std::move(settings), std::make_unique<FakeVault>());
    QString error;
    ASSERT_TRUE(app.start(&error)) << error.toStdString();
    // One known fault acknowledged and one box muted, to see how they look.
    bool acknowledged = false;
    for (int row = 0; row < app.fleet()->size(); ++row) {
        const FleetEntry &e = app.fleet()->at(row);
        if (!acknowledged && e.worst() == mente::HealthState::Fault) {
            app.controller()->setAcknowledged(e.record.id, true);
            acknowledged = true;
        }
    }
    app.controller()->setMuted(app.fleet()->at(1).record.id, QDateTime::currentDateTimeUtc().addSecs(3600));
    MainWindow *w = app.window();
    w->resize(1400, 520);
    w->show();
    w->table()->sortByColumn(FleetModel::DeviceState, Qt::DescendingOrder);
    QTest::qWait(100);
    const QPixmap picture = w->grab();
    ASSERT_FALSE(picture.isNull());
    const QString path = QStringLiteral(MENTE_SCREENSHOT_DIR "/") + file;
    ASSERT_TRUE(picture.save(path));
    std::cout << "[ SHOT ] " << path.toStdString() << "\n";
}
} // namespace

TEST(Screenshot, MainWindowInEnglish)
{
    shoot(QStringLiteral("en"), QStringLiteral("console-main-en.png"));
}
TEST(Screenshot, MainWindowInJapanese)
{
    shoot(QStringLiteral("ja"), QStringLiteral("console-main-ja.png"));
}

TEST(Language, SwitchingToJapaneseRetranslatesTheOpenWindow)
{
    QTemporaryDir dir;
    auto settings = std::make_unique<ConsoleSettings>(dir.path() + QStringLiteral("/console.ini"));
    settings->setDatabasePath(dir.path() + QStringLiteral("/console.sqlite"));
    settings->setLanguage(QStringLiteral("en"));
    ConsoleApplication app(std::move(settings), std::make_unique<FakeVault>());
    QString error;
    ASSERT_TRUE(app.start(&error)) << error.toStdString();
    MainWindow *w = app.window();
    auto header = [w]() { return w->model()->headerData(FleetModel::Serial, Qt::Horizontal).toString(); };
    EXPECT_EQ(header(), QStringLiteral("Serial"));
    emit w->languageChanged(QStringLiteral("ja"));
    QCoreApplication::processEvents();
    EXPECT_EQ(header(), QStringLiteral("シリアル番号"));
    EXPECT_EQ(w->findChild<QAction *>(QStringLiteral("addBoxAction"))->text(), QStringLiteral("BOX を追加…"));
    emit w->languageChanged(QStringLiteral("en"));
    QCoreApplication::processEvents();
    EXPECT_EQ(w->findChild<QAction *>(QStringLiteral("addBoxAction"))->text(), QStringLiteral("Add box…"));
}

TEST(Tray, ClickingANotificationOpensTheBoxRow)
{
    QTemporaryDir dir;
    const QString db = dir.path() + QStringLiteral("/console.sqlite");
    {
        ConsoleStore store(db);
        ASSERT_TRUE(store.open().ok());
        ASSERT_TRUE(bench::generateFleet(store, 30, 0, 3).ok());
    }
    auto settings = std::make_unique<ConsoleSettings>(dir.path() + QStringLiteral("/console.ini"));
    settings->setDatabasePath(db);
    ConsoleApplication app(std::move(settings), std::make_unique<FakeVault>());
    QString error;
    ASSERT_TRUE(app.start(&error)) << error.toStdString();
    app.window()->show();
    app.window()->proxy()->setText(QStringLiteral("site1")); // the row is filtered out at first
    const qint64 target = app.fleet()->at(20).record.id;
    mente::Event e;
    e.seq = 1;
    e.kind = QStringLiteral("device");
    e.id = 4;
    e.from = QStringLiteral("ok");
    e.to = QStringLiteral("fault");
    e.at = QDateTime::currentDateTimeUtc();
    app.fleet()->applyEvent(target, e);
    ASSERT_NE(app.tray()->lastNotice(), nullptr);
    EXPECT_EQ(app.tray()->lastNotice()->boxId, target);
    app.tray()->openLast(); // what QSystemTrayIcon::messageClicked triggers
    EXPECT_EQ(app.window()->currentBoxId(), target);

    // From the row: a maintenance window of one hour, kept in the console's database.
    app.window()->findChild<QAction *>(QStringLiteral("muteFor60"))->trigger();
    const QDateTime until = app.fleet()->find(target)->mutedUntil;
    EXPECT_GT(until, QDateTime::currentDateTimeUtc().addSecs(3500));
    EXPECT_LT(until, QDateTime::currentDateTimeUtc().addSecs(3700));
    bool stored = false;
    for (const CachedBox &b : app.store()->loadBoxes())
        stored = stored || (b.record.id == target && b.mutedUntil.isValid());
    EXPECT_TRUE(stored);
}
