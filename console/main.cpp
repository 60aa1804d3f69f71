// SPDX-License-Identifier: GPL-3.0-or-later
// mente-console: the operator console. Everything lives in mente_console_core.
#include "app/ConsoleApplication.h"
#include "store/ConsoleSettings.h"
#include "app/OpenCommand.h"
#include "platform/OsSupport.h"
#include "platform/ProcessConsole.h"
#include "store/KeychainVault.h"
#include "fleet/PresetEnrolment.h"
#include "ui/AboutBox.h"
#include "ui/BoxWindow.h"
#include "ui/DevicesPage.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>
#include <optional>

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
    mente::console::platform::raiseOpenFileLimit();
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
    const QCommandLineOption openOption(
        QStringLiteral("open"),
        QStringLiteral("Open a session to a device's port like a port row's Connect: --open SERIAL DEVICE-IP PORT."),
        QStringLiteral("serial"));
    const QCommandLineOption viaOption(QStringLiteral("via"), QStringLiteral("With --open: vpn or tunnel."),
                                       QStringLiteral("path"));
    const QCommandLineOption printOption(
        QStringLiteral("print-command"),
        QStringLiteral("With --open: print the command (secrets masked), start nothing."));
    parser.addOption(openOption);
    parser.addOption(viaOption);
    parser.addOption(printOption);
    parser.addPositionalArgument(QStringLiteral("DEVICE-IP PORT"), QStringLiteral("With --open."));
    // Unattended: the password comes from the environment (never argv), the certificate must match.
    const QCommandLineOption enrolOption(
        QStringLiteral("enrol"),
        QStringLiteral("Add this box (https://HOST:PORT) without asking, with --login, --fingerprint and the password "
                       "in the environment variable MENTE_CONSOLE_PASSWORD; the password is kept in the keychain."),
        QStringLiteral("url"));
    const QCommandLineOption loginOption(QStringLiteral("login"), QStringLiteral("The login ID for --enrol."),
                                         QStringLiteral("login"));
    const QCommandLineOption fingerprintOption(
        QStringLiteral("fingerprint"),
        QStringLiteral("The certificate fingerprint (sha256:AB:CD:...) --enrol expects."),
        QStringLiteral("fingerprint"));
    const QCommandLineOption keychainOption(
        QStringLiteral("keychain-service"),
        QStringLiteral("Keep passwords under this keychain service name (default mente-console), e.g. for a demo."),
        QStringLiteral("name"));
    parser.addOptions({enrolOption, loginOption, fingerprintOption, keychainOption});
    parser.process(app);
    const QString enrolPassword = qEnvironmentVariable("MENTE_CONSOLE_PASSWORD");
    qunsetenv("MENTE_CONSOLE_PASSWORD"); // nothing the console starts (a terminal, a viewer) inherits it

    using mente::console::OpenCommand;
    std::optional<OpenCommand::Arguments> open;
    if (parser.isSet(openOption)) {
        auto parsed = OpenCommand::parse(QStringList{parser.value(openOption)} + parser.positionalArguments(),
                                         parser.value(viaOption), parser.isSet(printOption));
        if (!parsed) {
            mente::console::platform::attachParentConsole();
            std::fprintf(stderr, "mente-console: %s\n", qPrintable(parsed.error().message));
            return 2;
        }
        open = parsed.value();
    }

    using namespace mente::console;
    ConsoleApplication console(std::make_unique<ConsoleSettings>(parser.value(settingsOption)),
                               std::make_unique<KeychainVault>(parser.isSet(keychainOption)
                                                                   ? parser.value(keychainOption)
                                                                   : QStringLiteral("mente-console")));
    QString error;
    if (!console.start(&error)) {
        QMessageBox::critical(nullptr, QStringLiteral("mente-console"), error);
        return 1;
    }
    QObject::connect(&console, &ConsoleApplication::quitRequested, &app, &QApplication::quit);
    if (open) {
        auto *command = new OpenCommand(&console, *open, &console);
        const bool printOnly = open->printOnly;
        QObject::connect(command, &OpenCommand::finished, &app, [printOnly](int code, const QString &output) {
            platform::attachParentConsole();
            std::fprintf(code == 0 ? stdout : stderr, "%s\n", qPrintable(output));
            std::fflush(nullptr);
            if (printOnly || code != 0)
                QCoreApplication::exit(code);
        });
        QTimer::singleShot(0, command, &OpenCommand::run); // inside exec(): exit() works from the first answer
        if (printOnly)
            return app.exec();
    }
    console.window()->show();
    if (parser.isSet(addBoxOption))
        console.window()->addBox(parser.value(addBoxOption));
    if (parser.isSet(enrolOption)) {
        auto *enrolment = new PresetEnrolment(console.controller(), &console);
        QObject::connect(
            enrolment, &PresetEnrolment::finished, console.window(), [&console, enrolment](const mente::Status &s) {
                if (s) {
                    if (BoxWindow *box = console.window()->openBox(enrolment->boxId()))
                        box->tabs()->setCurrentWidget(box->devicesPage()); // devices and ports
                } else {
                    QMessageBox::warning(console.window(), QStringLiteral("mente-console"), s.error().message);
                }
            });
        enrolment->start(parser.value(enrolOption), parser.value(loginOption), enrolPassword,
                         parser.value(fingerprintOption));
    }
    return app.exec();
}
