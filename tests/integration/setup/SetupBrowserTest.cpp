// SPDX-License-Identifier: GPL-3.0-or-later
// End to end in a real browser: headless chromium (driven through chromedriver) logs in to the
// real mente-box's setup page with admin/admin, is made to change the password, sets a static
// address and reaches the confirm-from-the-new-address page; screenshots are saved on the way
// (MENTE_E2E_SCREENSHOTS, default the build dir). Exits 77 (skipped) when chromium is absent.
#include "SetupClient.h"
#include "WebDriver.h"
#include "support/BoxProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <gtest/gtest.h>

using namespace mente::test;

namespace {

const QString kPassword = QStringLiteral("Browser2026pw");

QString screenshotDir()
{
    const QString dir = qEnvironmentVariable("MENTE_E2E_SCREENSHOTS", QDir::currentPath());
    QDir().mkpath(dir);
    return dir;
}

TEST(SetupBrowserTest, LogsInChangesPasswordAndSetsAStaticAddress)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QDir().mkpath(dir.filePath(QStringLiteral("net")));
    BoxProcess box;
    box.setConfig(
        QStringLiteral("[setup]\nconfirm_s=600\nnetwork_dir=%1\nnetwork_reload_cmd=true\nnetwork_interface=eth0\n")
            .arg(dir.filePath(QStringLiteral("net"))));
    ASSERT_TRUE(box.start()) << qPrintable(box.output());
    const QString hostPort = box.setupUrl().mid(QStringLiteral("http://").size());

    WebDriver browser;
    QString error;
    ASSERT_TRUE(browser.start(dir.filePath(QStringLiteral("profile")), &error)) << qPrintable(error);

    // The first login with the default account shows only the change-password form.
    // Without a login the page asks for one (401 and a Basic challenge).
    ASSERT_TRUE(browser.navigate(QStringLiteral("http://%1/").arg(hostPort))) << qPrintable(browser.lastError());
    EXPECT_TRUE(browser.findElement(QStringLiteral("#f-current")).isEmpty());
    ASSERT_TRUE(browser.setBasicAuth(QStringLiteral("admin"), QStringLiteral("admin")))
        << qPrintable(browser.lastError());
    ASSERT_TRUE(browser.navigate(QStringLiteral("http://%1/").arg(hostPort))) << qPrintable(browser.lastError());
    ASSERT_FALSE(browser.waitFor(QStringLiteral("#f-current")).isEmpty()) << qPrintable(browser.lastError());
    EXPECT_TRUE(browser.waitForText(QStringLiteral("初期パスワードのままです")));
    browser.screenshot(screenshotDir() + QStringLiteral("/setup-e2e-1-password.png"));
    ASSERT_TRUE(browser.type(QStringLiteral("#f-current"), QStringLiteral("admin")));
    ASSERT_TRUE(browser.type(QStringLiteral("#f-new"), kPassword));
    ASSERT_TRUE(browser.type(QStringLiteral("#f-new2"), kPassword));
    ASSERT_TRUE(browser.click(QStringLiteral("button[value=apply]")));
    EXPECT_TRUE(browser.waitForText(QStringLiteral("パスワードを変更しました")));

    // Logged in again with the new password: the top page with every setting.
    ASSERT_TRUE(browser.setBasicAuth(QStringLiteral("admin"), kPassword));
    ASSERT_TRUE(browser.navigate(QStringLiteral("http://%1/").arg(hostPort)));
    ASSERT_FALSE(browser.waitFor(QStringLiteral("#row-network")).isEmpty())
        << qPrintable(browser.pageSource().left(2000));
    EXPECT_TRUE(browser.waitForText(box.fingerprint()));
    browser.screenshot(screenshotDir() + QStringLiteral("/setup-e2e-2-top.png"));

    // Network: static address → confirm → apply → the page asking to confirm from the new address.
    ASSERT_TRUE(browser.click(QStringLiteral("a[href='/network']")));
    ASSERT_TRUE(browser.click(QStringLiteral("#f-mode-static")));
    ASSERT_TRUE(browser.type(QStringLiteral("#f-address"), QStringLiteral("192.168.77.20")));
    ASSERT_TRUE(browser.type(QStringLiteral("#f-netmask"), QStringLiteral("255.255.255.0")));
    ASSERT_TRUE(browser.type(QStringLiteral("#f-gateway"), QStringLiteral("192.168.78.1"))); // wrong subnet first
    ASSERT_TRUE(browser.type(QStringLiteral("#f-dns1"), QStringLiteral("192.168.77.1")));
    ASSERT_TRUE(browser.click(QStringLiteral("button[value=confirm]")));
    ASSERT_FALSE(browser.waitFor(QStringLiteral("#err-gateway")).isEmpty())
        << qPrintable(browser.pageSource().left(3000));
    browser.screenshot(screenshotDir() + QStringLiteral("/setup-e2e-3-network-error.png"));
    ASSERT_TRUE(browser.type(QStringLiteral("#f-gateway"), QStringLiteral("192.168.77.1")));
    ASSERT_TRUE(browser.click(QStringLiteral("button[value=confirm]")));
    ASSERT_FALSE(browser.waitFor(QStringLiteral("#confirm-address")).isEmpty())
        << qPrintable(browser.pageSource().left(3000));
    browser.screenshot(screenshotDir() + QStringLiteral("/setup-e2e-4-network-confirm.png"));
    ASSERT_TRUE(browser.click(QStringLiteral("button[value=apply]")));
    ASSERT_FALSE(browser.waitFor(QStringLiteral("#pending")).isEmpty()) << qPrintable(browser.pageSource().left(3000));
    EXPECT_TRUE(browser.waitForText(QStringLiteral("http://192.168.77.20:")));
    const QString shot = screenshotDir() + QStringLiteral("/setup-e2e-5-network-pending.png");
    ASSERT_TRUE(browser.screenshot(shot));
    EXPECT_GT(QFileInfo(shot).size(), 5000);
    QFile written(dir.filePath(QStringLiteral("net/50-mente.network")));
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_TRUE(written.readAll().contains("Address=192.168.77.20/24"));
    std::printf("screenshots in %s\n", qPrintable(screenshotDir()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (WebDriver::chromium().isEmpty() || WebDriver::chromedriver().isEmpty()) {
        std::printf(
            "SKIP: chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)\n");
        return 77;
    }
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
