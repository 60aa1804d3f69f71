// SPDX-License-Identifier: GPL-3.0-or-later
// The console starts a LAN sweep on a real box and shows its progress; the devices it finds come
// in marked new, each one notified once; "Mark as seen" takes the marks away on the box. The LAN
// is loopback (127.0.0.0/29, slowed down to 2 probes a second so the progress can be seen).
#include "ui/DiscoveryBar.h"

#include "GuiHelpers.h"
#include "SiteRig.h"
#include "fleet/Fleet.h"
#include "shared/EventDetails.h"
#include "support/HttpsClient.h"
#include "tray/TrayController.h"
#include "ui/BoxWindow.h"
#include "ui/DeviceTreeModel.h"
#include "ui/DevicesPage.h"
#include "ui/MainWindow.h"

#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>

#include <gtest/gtest.h>
#include <iostream>

using namespace mente;
using namespace mente::console;

namespace {

int newRows(const DeviceTreeModel *model)
{
    int n = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        n += model->index(row, DeviceTreeModel::Address).data(DeviceTreeModel::IsNewRole).toBool() ? 1 : 0;
    return n;
}

TEST(DiscoveryBar, StartsASweepShowsItsProgressAndTheNewDevices)
{
    mente::test::SiteRig rig;
    QString error;
    ASSERT_TRUE(rig.start(QStringLiteral("en"),
                          QStringLiteral("[lan]\ncidrs=127.0.0.0/29\n[discovery]\nreverse_dns=false\nrate_pps=2\n"
                                         "timeout_ms=300\n"),
                          &error))
        << error.toStdString();
    BoxWindow *details = rig.app->window()->openBox(rig.boxId);
    ASSERT_NE(details, nullptr);
    DevicesPage *page = details->devicesPage();
    details->tabs()->setCurrentWidget(page);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return page->hasLoaded(); }, 20000));
    EXPECT_EQ(page->model()->rowCount(), 0);
    const int noticesBefore = rig.app->tray()->shownNotifications();

    auto *sweep = page->findChild<QPushButton *>(QStringLiteral("discoverDevices"));
    auto *progress = page->findChild<QProgressBar *>(QStringLiteral("discoveryProgress"));
    auto *text = page->findChild<QLabel *>(QStringLiteral("discoveryText"));
    auto *clear = page->findChild<QPushButton *>(QStringLiteral("clearNewDevices"));
    ASSERT_TRUE(sweep && progress && text && clear);
    EXPECT_FALSE(clear->isEnabled());
    sweep->click();
    // While it runs: a progress bar counting addresses, the button off.
    ASSERT_TRUE(QTest::qWaitFor([&]() { return progress->isVisible(); }, 10000));
    EXPECT_FALSE(sweep->isEnabled());
    EXPECT_TRUE(progress->format().contains(QStringLiteral("of"))) << progress->format().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return !progress->isVisible() && sweep->isEnabled(); }, 30000));

    // The box's own address is not swept: 127.0.0.2 to .6 answer the ICMP echo.
    ASSERT_TRUE(QTest::qWaitFor([&]() { return page->model()->rowCount() == 5; }, 10000)) << page->model()->rowCount();
    EXPECT_EQ(text->text(), QStringLiteral("Last sweep: 5 devices found"));
    EXPECT_EQ(newRows(page->model()), 5);
    EXPECT_TRUE(page->model()->index(0, DeviceTreeModel::Address).data().toString().endsWith(QStringLiteral("[new]")));
    EXPECT_TRUE(clear->isEnabled());
    EXPECT_EQ(clear->text(), QStringLiteral("Mark 5 new devices as seen"));
    // Each new device was one notification (through the box's event stream).
    EXPECT_TRUE(QTest::qWaitFor([&]() { return rig.app->tray()->shownNotifications() == noticesBefore + 5; }, 10000))
        << rig.app->tray()->shownNotifications();
    ASSERT_NE(rig.app->tray()->lastNotice(), nullptr);
    EXPECT_EQ(rig.app->tray()->lastNotice()->kind, Notice::Kind::NewDevice);

    clear->click();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return newRows(page->model()) == 0; }, 10000));
    EXPECT_FALSE(clear->isEnabled());
    mente::test::HttpsClient https(rig.box.apiUrl(), rig.box.fingerprint());
    ASSERT_EQ(https.login(QStringLiteral("admin"), mente::test::SiteRig::adminPassword()).status, 200);
    for (const QJsonValue d : https.get(QStringLiteral("/api/v1/devices")).jsonArray())
        EXPECT_FALSE(d.toObject().value(QStringLiteral("new")).toBool());
}

Event sweepEvent(qint64 seq, const char *kind, const QJsonObject &detail)
{
    Event e;
    e.seq = seq;
    e.kind = QString::fromLatin1(kind);
    e.id = 1;
    e.detail = detail;
    e.at = QDateTime::currentDateTimeUtc();
    return e;
}

DiscoveryRun finishedRun(int found)
{
    DiscoveryRun run;
    run.id = 1;
    run.state = QStringLiteral("done");
    run.trigger = QStringLiteral("request");
    run.methods = {QStringLiteral("icmp-datagram")};
    run.cidrs = {QStringLiteral("192.168.1.0/29")};
    run.hostsDone = run.hostsTotal = 5;
    run.found = found;
    run.startedAt = QDateTime::currentDateTimeUtc().addSecs(-10);
    run.finishedAt = QDateTime::currentDateTimeUtc();
    return run;
}

// While a sweep runs its bar shows the whole count (never cut short, never wrapped), and the last
// sweep's result is hidden until this one ends. A picture of it is kept for a person to look at.
void checkTheBarIn(const char *language, const char *result, const char *sweeping)
{
    mente::test::SiteRig rig;
    QString error;
    ASSERT_TRUE(rig.start(QString::fromLatin1(language),
                          QStringLiteral("[lan]\ncidrs=127.0.0.0/30\n[discovery]\ninterval_h=0\nat_start=false\n"), &error))
        << error.toStdString();
    BoxWindow *details = rig.app->window()->openBox(rig.boxId);
    ASSERT_NE(details, nullptr);
    DevicesPage *page = details->devicesPage();
    details->tabs()->setCurrentWidget(page);
    details->resize(900, 300);
    details->show();
    auto *bar = page->findChild<DiscoveryBar *>(QStringLiteral("discoveryBar"));
    auto *progress = page->findChild<QProgressBar *>(QStringLiteral("discoveryProgress"));
    auto *text = page->findChild<QLabel *>(QStringLiteral("discoveryText"));
    ASSERT_TRUE(bar && progress && text);

    bar->onEvent(sweepEvent(1, "discovery", finishedRun(3).toJson()));
    QCoreApplication::processEvents();
    EXPECT_TRUE(text->isVisible());
    EXPECT_EQ(text->text(), QString::fromUtf8(result));

    bar->onEvent(sweepEvent(2, "discovery.progress", SweepProgressDetail{5, 5, 100}.toJson()));
    QCoreApplication::processEvents();
    ASSERT_TRUE(progress->isVisible());
    EXPECT_FALSE(text->isVisible()) << "the last sweep's result shows during a sweep";
    EXPECT_EQ(progress->text(), QString::fromUtf8(sweeping));
    const int needed = progress->fontMetrics().horizontalAdvance(progress->text());
    EXPECT_GE(progress->width(), needed + 16)
        << "the text is cut (" << progress->width() << " px for " << needed << " px of text)";
    EXPECT_LE(progress->height(), progress->sizeHint().height() + 4) << "the text wrapped";
    QDir().mkpath(QStringLiteral(MENTE_SCREENSHOT_DIR));
    const QString shot = QStringLiteral(MENTE_SCREENSHOT_DIR "/discovery-bar-%1.png").arg(QLatin1String(language));
    EXPECT_TRUE(details->grab().save(shot));
    std::cout << "[ SHOT ] " << shot.toStdString() << "\n";

    bar->onEvent(sweepEvent(3, "discovery", finishedRun(4).toJson()));
    QCoreApplication::processEvents();
    EXPECT_FALSE(progress->isVisible());
    EXPECT_TRUE(text->isVisible()) << "the new result shows once the sweep ended";
}

TEST(DiscoveryBar, TheProgressTextFitsInJapaneseAndTheLastResultHidesDuringASweep)
{
    checkTheBarIn("ja", "前回の探索: 機器 3 台", "探索中… 5 アドレス中 5");
}

TEST(DiscoveryBar, TheProgressTextFitsInEnglishAndTheLastResultHidesDuringASweep)
{
    checkTheBarIn("en", "Last sweep: 3 devices found", "Sweeping… 5 of 5 addresses");
}

} // namespace
