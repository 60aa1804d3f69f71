// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ConsoleApplication.h"

#include "app/LanguageManager.h"
#include "fleet/Fleet.h"
#include "fleet/FleetController.h"
#include "launch/ConsoleSshKey.h"
#include "launch/DefaultProfiles.h"
#include "launch/LaunchSettings.h"
#include "launch/QProcessLauncher.h"
#include "launch/SessionController.h"
#include "launch/SessionLauncher.h"
#include "launch/TunnelManager.h"
#include "store/ConsoleSettings.h"
#include "store/ConsoleStore.h"
#include "store/SecretVault.h"
#include "tray/StateIcon.h"
#include "tray/TrayController.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QStatusBar>

namespace mente::console {

ConsoleApplication::ConsoleApplication(std::unique_ptr<ConsoleSettings> settings, std::unique_ptr<SecretVault> vault,
                                       QObject *parent, const Clock *clock)
    : QObject(parent)
    , m_clock(clock ? clock : &Fleet::systemClock())
    , m_settings(std::move(settings))
    , m_vault(std::move(vault))
    , m_nam(new QNetworkAccessManager(this))
    , m_language(new LanguageManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void ConsoleApplication::setProcessLauncher(std::unique_ptr<ProcessLauncher> processes)
{
    m_processes = std::move(processes);
}

ConsoleApplication::~ConsoleApplication()
{
    m_window.reset();
    delete m_sessions;
    delete m_launcher;
    delete m_tunnels; // closes the SSH tunnels
    delete m_tray;
    delete m_controller;
}

bool ConsoleApplication::start(QString *error)
{
    m_language->apply(m_settings->language());
    m_store = std::make_unique<ConsoleStore>(m_settings->databasePath());
    if (Status s = m_store->open(); !s) {
        if (error)
            *error = tr("Cannot open the console database %1: %2").arg(m_store->path(), s.error().message);
        return false;
    }
    m_fleet = new Fleet(*m_clock, this);
    m_controller = new FleetController(m_fleet, m_store.get(), m_vault.get(), m_nam, m_settings->timings(), this);
    if (!m_processes)
        m_processes = std::make_unique<QProcessLauncher>();
    m_sshKey = new ConsoleSshKey(m_vault.get(), this);
    m_tunnels = new TunnelManager(m_sshKey, LaunchSettings(m_settings.get()), TunnelTimings{}, nullptr);
    m_launcher = new SessionLauncher(m_processes.get(),
                                     ProgramLocator(DefaultProfiles::installFolders(DefaultProfiles::current())),
                                     SessionLauncher::askpassHelperNextTo(QCoreApplication::applicationDirPath()));
    m_sessions = new SessionController(LaunchSettings(m_settings.get()), m_vault.get(), m_launcher, m_tunnels);
    m_window = std::make_unique<MainWindow>(m_controller, m_settings.get());
    m_window->setSessions(m_sessions);
    auto tell = [this](const QString &message) { m_window->statusBar()->showMessage(message, 30000); };
    connect(m_sessions, &SessionController::sessionMessage, m_window.get(), tell);
    connect(m_tunnels, &TunnelManager::tunnelMessage, m_window.get(),
            [tell](qint64, const QString &message) { tell(message); });
    m_window->setWindowIcon(stateIcon(HealthState::Ok));
    m_tray = new TrayController(m_controller, m_settings.get(), this);
    m_window->setCloseToTray(TrayController::available() && m_settings->keepRunningInTray());

    connect(m_tray, &TrayController::openRequested, m_window.get(), &MainWindow::showBoxRow);
    connect(m_tray, &TrayController::connectRequested, m_window.get(), &MainWindow::connectPort);
    connect(m_tray, &TrayController::showRequested, m_window.get(), [this]() {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    connect(m_tray, &TrayController::quitRequested, this, &ConsoleApplication::quitRequested);
    connect(m_window.get(), &MainWindow::quitRequested, this, &ConsoleApplication::quitRequested);
    connect(m_window.get(), &MainWindow::languageChanged, this, [this](const QString &language) {
        m_language->apply(language);
        m_tray->retranslate();
    });

    m_controller->loadFromStore(); // the cached fleet shows at once; links reconnect behind it
    return true;
}

} // namespace mente::console
