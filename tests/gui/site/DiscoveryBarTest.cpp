// SPDX-License-Identifier: GPL-3.0-or-later
// The console starts a LAN sweep on a real box and shows its progress; the devices it finds come
// in marked new, each one notified once; "Mark as seen" takes the marks away on the box. The LAN
// is loopback (127.0.0.0/29, slowed down to 2 probes a second so the progress can be seen).
#include "ui/DiscoveryBar.h"

#include "GuiHelpers.h"
#include "SiteRig.h"
#include "fleet/Fleet.h"
#include "support/HttpsClient.h"
#include "tray/TrayController.h"
#include "ui/BoxWindow.h"
#include "ui/DeviceTreeModel.h"
#include "ui/DevicesPage.h"
#include "ui/MainWindow.h"

#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>

#include <gtest/gtest.h>

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

} // namespace
