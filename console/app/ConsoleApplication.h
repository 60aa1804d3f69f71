// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace mente {
class Clock;
}

namespace mente::console {

class ConsoleSettings;
class ConsoleStore;
class Fleet;
class FleetController;
class LanguageManager;
class MainWindow;
class SecretVault;
class TrayController;
class ProcessLauncher;
class SessionController;
class SessionLauncher;
class ConsoleSshKey;
class TunnelManager;

// The composition root: makes the store, vault, fleet, window and tray and wires them. Tests
// build it with their own settings file and a FakeVault.
class ConsoleApplication : public QObject
{
    Q_OBJECT
public:
    // clock: what "now" is for the fleet, the tray and the windows (the system's when none is given).
    ConsoleApplication(std::unique_ptr<ConsoleSettings> settings, std::unique_ptr<SecretVault> vault,
                       QObject *parent = nullptr, const Clock *clock = nullptr);
    ~ConsoleApplication() override;

    bool start(QString *error); // opens the store, shows the cached fleet, starts the links
    MainWindow *window() const { return m_window.get(); }
    FleetController *controller() const { return m_controller; }
    Fleet *fleet() const { return m_fleet; }
    TrayController *tray() const { return m_tray; }
    ConsoleSettings *settings() const { return m_settings.get(); }
    ConsoleStore *store() const { return m_store.get(); }
    SecretVault *vault() const { return m_vault.get(); }
    LanguageManager *language() const { return m_language; }
    SessionController *sessions() const { return m_sessions; }
    SessionLauncher *launcher() const { return m_launcher; }
    TunnelManager *tunnels() const { return m_tunnels; }
    // Tests: record programs instead of starting them (before start()).
    void setProcessLauncher(std::unique_ptr<ProcessLauncher> processes);

signals:
    void quitRequested();

private:
    const Clock *m_clock;
    std::unique_ptr<ConsoleSettings> m_settings;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<ConsoleStore> m_store;
    QNetworkAccessManager *m_nam;
    LanguageManager *m_language;
    Fleet *m_fleet = nullptr;
    FleetController *m_controller = nullptr;
    TrayController *m_tray = nullptr;
    std::unique_ptr<ProcessLauncher> m_processes;
    ConsoleSshKey *m_sshKey = nullptr;
    TunnelManager *m_tunnels = nullptr;
    SessionLauncher *m_launcher = nullptr;
    SessionController *m_sessions = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace mente::console
