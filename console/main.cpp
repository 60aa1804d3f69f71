// SPDX-License-Identifier: GPL-3.0-or-later
// mente-console: the operator console. Everything lives in mente_console_core.
#include "app/ConsoleApplication.h"
#include "app/ConsoleSettings.h"
#include "platform/ProcessConsole.h"
#include "store/KeychainVault.h"
#include "ui/AboutBox.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>

int main(int argc, char **argv)
{
    // --version works without a display.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            mente::console::platform::attachParentConsole();
            std::printf("mente-console %s\n", MENTE_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mente-console"));
    QApplication::setOrganizationName(QStringLiteral("Mente"));
    QApplication::setApplicationVersion(QStringLiteral(MENTE_VERSION));
    // The installed desktop entry (jp.mente.Console.desktop): Wayland compositors take the
    // window's icon and name from it.
    QGuiApplication::setDesktopFileName(QStringLiteral("jp.mente.Console"));
    QApplication::setWindowIcon(mente::console::AboutBox::productIcon());
    QApplication::setQuitOnLastWindowClosed(false);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Mente operator console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption settingsOption(QStringLiteral("settings"),
                                            QStringLiteral("Use this INI file for settings."), QStringLiteral("file"));
    parser.addOption(settingsOption);
    const QCommandLineOption addBoxOption(
        QStringLiteral("add-box"), QStringLiteral("Open the add-box dialog for this address (https://HOST:PORT)."),
        QStringLiteral("url"));
    parser.addOption(addBoxOption);
    parser.process(app);

    using namespace mente::console;
    ConsoleApplication console(std::make_unique<ConsoleSettings>(parser.value(settingsOption)),
                               std::make_unique<KeychainVault>());
    QString error;
    if (!console.start(&error)) {
        QMessageBox::critical(nullptr, QStringLiteral("mente-console"), error);
        return 1;
    }
    QObject::connect(&console, &ConsoleApplication::quitRequested, &app, &QApplication::quit);
    console.window()->show();
    if (parser.isSet(addBoxOption))
        console.window()->addBox(parser.value(addBoxOption));
    return app.exec();
}
