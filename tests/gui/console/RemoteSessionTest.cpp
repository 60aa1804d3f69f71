// SPDX-License-Identifier: GPL-3.0-or-later
// F12 in the real console: a port row's Connect (context menu and double-click) runs the
// protocol's profile with the device login from the vault handed over by askpass, never on the
// command line; the "Diagnose connection" panel, photographed.
#include "GuiHelpers.h"
#include "app/ConsoleApplication.h"
#include "store/ConsoleSettings.h"
#include "fleet/FleetController.h"
#include "launch/DefaultProfiles.h"
#include "launch/LaunchSettings.h"
#include "launch/SessionController.h"
#include "launch/SessionLauncher.h"
#include "store/ConsoleStore.h"
#include "support/FakeVault.h"
#include "support/BoxProcess.h"
#include "support/HttpsClient.h"
#include "ui/BoxWindow.h"
#include "ui/ConnectionPage.h"
#include "ui/DeviceTreeModel.h"
#include "ui/DevicesPage.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace mente::console;
using mente::test::BoxProcess;
using mente::test::HttpsClient;
using mente::test::waitForWidget;

namespace {

const QString DevicePassword = QStringLiteral("dev1ce-Pa55 word");

// Writes its arguments, the askpass variables and what askpass answered (hashed) to $1's file.
QString writeStandIn(const QString &dir)
{
    const QString path = dir + QStringLiteral("/stand-in-ssh");
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("#!/bin/sh\n"
            "out=\"$(dirname \"$0\")/ran-$$.txt\"\n"
            "{ for a in \"$@\"; do echo \"arg=$a\"; done\n"
            "  echo \"SSH_ASKPASS=$SSH_ASKPASS\"; echo \"SSH_ASKPASS_REQUIRE=$SSH_ASKPASS_REQUIRE\"\n"
            "  echo \"socket=$MENTE_ASKPASS_SOCKET\"\n"
            "  echo \"answer=$(\"$SSH_ASKPASS\" \"admin@127.0.0.1's password: \" | sha256sum | cut -c1-64)\"\n"
            "} > \"$out.part\" && mv \"$out.part\" \"$out\"\n");
    f.close();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

QStringList runsIn(const QString &dir)
{
    QStringList runs;
    for (const QString &name : QDir(dir).entryList({QStringLiteral("ran-*.txt")}, QDir::Files, QDir::Name)) {
        QFile f(dir + QLatin1Char('/') + name);
        if (f.open(QIODevice::ReadOnly))
            runs << QString::fromUtf8(f.readAll());
    }
    return runs;
}

} // namespace

TEST(RemoteSession, PortRowConnectRunsTheProfileWithThePasswordFromTheVault)
{
    BoxProcess box;
    ASSERT_TRUE(box.start()) << box.output().toStdString();
    HttpsClient https(box.apiUrl(), box.fingerprint());
    ASSERT_EQ(https.login(QStringLiteral("admin"), QStringLiteral("admin")).status, 200);
    const QString password = QStringLiteral("Kanri-2026-secure");
    ASSERT_EQ(https
                  .post(QStringLiteral("/api/v1/session/password"),
                        {{QStringLiteral("current"), QStringLiteral("admin")}, {QStringLiteral("new"), password}})
                  .status,
              204);
    ASSERT_EQ(https.login(QStringLiteral("admin"), password).status, 200);
    const auto device =
        https.post(QStringLiteral("/api/v1/devices"), {{QStringLiteral("ip"), QStringLiteral("127.0.0.1")}});
    ASSERT_EQ(device.status, 201) << device.body.toStdString();
    const qint64 deviceId = device.json().value(QStringLiteral("id")).toInteger();
    ASSERT_EQ(https
                  .patch(QStringLiteral("/api/v1/devices/%1").arg(deviceId),
                         {{QStringLiteral("accessUser"), QStringLiteral("admin")}})
                  .status,
              200);
    ASSERT_EQ(https
                  .post(QStringLiteral("/api/v1/devices/%1/ports").arg(deviceId),
                        {{QStringLiteral("port"), 2355}, {QStringLiteral("protocol"), QStringLiteral("SSH")}})
                  .status,
              201);

    QTemporaryDir dir;
    const QString standIn = writeStandIn(dir.path());
    auto settings = std::make_unique<ConsoleSettings>(dir.filePath(QStringLiteral("console.ini")));
    settings->setDatabasePath(dir.filePath(QStringLiteral("console.sqlite")));
    settings->setLanguage(QStringLiteral("en"));
    LaunchSettings launch(settings.get());
    LaunchProfile ssh = launch.profile(QStringLiteral("SSH"));
    ssh.program = standIn;
    ssh.terminal = false; // no desktop terminal under the test
    launch.setProfile(ssh);
    auto vault = std::make_unique<FakeVault>();
    FakeVault *secrets = vault.get();
    ConsoleApplication app(std::move(settings), std::move(vault));
    QString error;
    ASSERT_TRUE(app.start(&error)) << error.toStdString();
    app.launcher()->setAskpassHelper(QStringLiteral(MENTE_ASKPASS));

    // The box as an operator adds it; the device login is in the vault as the device dialog keeps it.
    BoxRecord record;
    record.url = box.apiUrl();
    record.login = QStringLiteral("admin");
    record.fingerprint = box.fingerprint();
    const auto added = app.store()->addBox(record);
    ASSERT_TRUE(added) << added.error().message.toStdString();
    const qint64 boxId = added->id;
    secrets->put(added->passwordKey(), password);
    app.controller()->adopt(added.value());
    LaunchSettings(app.settings()).setPath(boxId, SessionPath::Vpn);
    secrets->put(QStringLiteral("box-%1/device-%2/access").arg(boxId).arg(deviceId), DevicePassword);

    BoxWindow *window = app.window()->openBox(boxId);
    ASSERT_NE(window, nullptr);
    DevicesPage *devices = window->devicesPage();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return devices->hasLoaded() && devices->model()->rowCount() == 1; }, 20000));
    window->show();
    window->tabs()->setCurrentWidget(devices);
    const QModelIndex deviceRow = devices->model()->indexOfDevice(deviceId);
    const QModelIndex portRow = devices->model()->index(0, DeviceTreeModel::Address, deviceRow);
    ASSERT_NE(devices->model()->portAt(portRow), nullptr);

    // Right-click the port row, Connect.
    QTreeView *tree = devices->view();
    tree->scrollTo(portRow);
    emit tree->customContextMenuRequested(tree->visualRect(portRow).center());
    auto *menu = waitForWidget<QMenu>(QStringLiteral("portSessionMenu"));
    ASSERT_NE(menu, nullptr);
    QAction *connect = menu->findChild<QAction *>(QStringLiteral("connectPort"));
    ASSERT_NE(connect, nullptr);
    EXPECT_EQ(connect->text(), QStringLiteral("Connect"));
    connect->trigger();
    menu->close();
    ASSERT_TRUE(QTest::qWaitFor([&]() { return runsIn(dir.path()).size() == 1; }, 20000));
    const QString run = runsIn(dir.path()).first();
    EXPECT_TRUE(
        run.contains(QStringLiteral("arg=-p\narg=2355\narg=-o\narg=HostKeyAlias=127.0.0.1\narg=admin@127.0.0.1\n")))
        << run.toStdString();
    EXPECT_TRUE(run.contains(QStringLiteral("SSH_ASKPASS=") + QStringLiteral(MENTE_ASKPASS) + QLatin1Char('\n')));
    EXPECT_TRUE(run.contains(QStringLiteral("SSH_ASKPASS_REQUIRE=force\n")));
    const QString expected = QString::fromLatin1(
        QCryptographicHash::hash(DevicePassword.toUtf8() + '\n', QCryptographicHash::Sha256).toHex());
    EXPECT_TRUE(run.contains(QStringLiteral("answer=") + expected)) << "askpass did not hand over the vault's password";
    EXPECT_FALSE(run.contains(DevicePassword));

    // A double-click on the port row does the same.
    emit tree->doubleClicked(portRow);
    ASSERT_TRUE(QTest::qWaitFor([&]() { return runsIn(dir.path()).size() == 2; }, 20000));
    // The askpass socket of a session is that session's alone, and is gone once used.
    const QStringList both = runsIn(dir.path());
    EXPECT_TRUE(both.at(1).contains(QStringLiteral("answer=") + expected));
    EXPECT_NE(both.at(0).section(QStringLiteral("socket="), 1).section(QLatin1Char('\n'), 0, 0),
              both.at(1).section(QStringLiteral("socket="), 1).section(QLatin1Char('\n'), 0, 0));

    // The tray's Connect takes the same way (the box window, then the port).
    const qint64 portId = devices->model()->portAt(portRow)->id;
    app.window()->connectPort(boxId, portId);
    EXPECT_TRUE(QTest::qWaitFor([&]() { return runsIn(dir.path()).size() == 3; }, 20000));
}

namespace {
platform::NetworkSnapshot overlappingVpn()
{
    platform::NetworkSnapshot s;
    s.interfaces = {{QStringLiteral("lo"), QStringLiteral("lo"), true, true, {{QHostAddress::LocalHost, 8}}},
                    {QStringLiteral("eth0"),
                     QStringLiteral("eth0"),
                     true,
                     true,
                     {{QHostAddress(QStringLiteral("192.168.1.20")), 24}}},
                    {QStringLiteral("vpn_vpn"),
                     QStringLiteral("vpn_vpn"),
                     true,
                     true,
                     {{QHostAddress(QStringLiteral("192.168.1.201")), 24}}}};
    s.routes = {{QStringLiteral("eth0"), QHostAddress(QStringLiteral("0.0.0.0")), 0,
                 QHostAddress(QStringLiteral("192.168.1.1")), 100},
                {QStringLiteral("eth0"), QHostAddress(QStringLiteral("192.168.1.0")), 24, {}, 100},
                {QStringLiteral("vpn_vpn"), QHostAddress(QStringLiteral("192.168.1.0")), 24, {}, 200}};
    return s;
}

void shootDiagnosis(const QString &language, const QString &file)
{
    QTemporaryDir dir;
    auto settings = std::make_unique<ConsoleSettings>(dir.filePath(QStringLiteral("console.ini")));
    settings->setDatabasePath(dir.filePath(QStringLiteral("console.sqlite")));
    settings->setLanguage(language);
    ConsoleApplication app(std::move(settings), std::make_unique<FakeVault>());
    QString error;
    ASSERT_TRUE(app.start(&error)) << error.toStdString();
    app.sessions()->setSnapshotReader(&overlappingVpn);
    ConnectionPage page(7, LaunchSettings(app.settings()), app.sessions());
    page.resize(980, 400);
    page.setDeviceAddress(QStringLiteral("192.168.1.30"));
    page.show();
    QTest::qWait(100);
    ASSERT_EQ(page.lastChecks().size(), 6);
    EXPECT_FALSE(page.lastChecks().at(3).ok);
    const auto *overlap = page.findChild<QLabel *>(QStringLiteral("noOverlap"));
    ASSERT_NE(overlap, nullptr);
    EXPECT_TRUE(overlap->text().contains(QStringLiteral("eth0"))) << overlap->text().toStdString();
    const QString path = QStringLiteral(MENTE_SCREENSHOT_DIR "/") + file;
    ASSERT_TRUE(page.grab().save(path));
    std::cout << "[ SHOT ] " << path.toStdString() << "\n";
}
} // namespace

TEST(Screenshot, DiagnoseConnectionInEnglish)
{
    shootDiagnosis(QStringLiteral("en"), QStringLiteral("console-diagnosis-en.png"));
}

TEST(Screenshot, DiagnoseConnectionInJapanese)
{
    shootDiagnosis(QStringLiteral("ja"), QStringLiteral("console-diagnosis-ja.png"));
}

TEST(Screenshot, SettingsWithTheRemoteSessionPrograms)
{
    QTemporaryDir dir;
    ConsoleSettings settings(dir.filePath(QStringLiteral("console.ini")));
    settings.setLanguage(QStringLiteral("en"));
    SettingsDialog dialog(&settings);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("launchProfiles"));
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->rowCount(), 6);
    // An edited program is kept; an unedited row stays the platform default.
    table->item(0, 1)->setText(QStringLiteral("/opt/ssh/bin/ssh"));
    dialog.resize(1000, 640);
    dialog.show();
    QTest::qWait(100);
    const QString path = QStringLiteral(MENTE_SCREENSHOT_DIR "/console-settings-en.png");
    ASSERT_TRUE(dialog.grab().save(path));
    std::cout << "[ SHOT ] " << path.toStdString() << "\n";
    dialog.accept();
    const LaunchSettings launch(&settings);
    EXPECT_EQ(launch.profile(QStringLiteral("SSH")).program, QStringLiteral("/opt/ssh/bin/ssh"));
    EXPECT_EQ(launch.profile(QStringLiteral("RDP")),
              DefaultProfiles::forProtocol(QStringLiteral("RDP"), DefaultProfiles::current()));
    EXPECT_FALSE(settings.raw().contains(QStringLiteral("launch/RDP/program")));
}
