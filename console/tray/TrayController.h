// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/Notice.h"
#include "shared/HealthState.h"

#include <QObject>
#include <QTimer>

class QMenu;
class QSystemTrayIcon;

namespace mente::console {

class ConsoleSettings;
class FleetController;

// The console in the system tray (F13): the icon shows the fleet's worst state; each new fault
// and recovery pops a notification that opens the box's row when clicked; the last one can be
// acknowledged or its box muted from the tray menu.
class TrayController : public QObject
{
    Q_OBJECT
public:
    TrayController(FleetController *controller, ConsoleSettings *settings, QObject *parent = nullptr);
    ~TrayController() override;

    static bool available();
    bool visible() const;
    HealthState shownState() const { return m_shown; }
    const Notice *lastNotice() const { return m_hasLast ? &m_last : nullptr; }
    int shownNotifications() const { return m_count; }
    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }

    void acknowledgeLast();
    void muteLast();
    void openLast();
    void connectLast(); // a port's fault: open a session to it (F12)
    void retranslate(); // after a language change

signals:
    void openRequested(qint64 boxId);
    void connectRequested(qint64 boxId, qint64 portId);
    void showRequested();
    void quitRequested();

private:
    void onNotice(const Notice &notice);
    void refreshIcon();
    QString boxName(qint64 boxId) const;
    static QString targetText(const Notice &notice);
    static QString causeOf(const Notice &notice);

    FleetController *m_controller;
    ConsoleSettings *m_settings;
    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    QTimer m_refresh; // coalesces icon updates when many boxes change at once
    HealthState m_shown = HealthState::Unknown;
    Notice m_last;
    bool m_hasLast = false;
    int m_count = 0;
    QString m_lastTitle;
    QString m_lastMessage;
};

} // namespace mente::console
