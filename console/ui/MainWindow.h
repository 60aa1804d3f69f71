// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;

namespace mente::console {

class BoxWindow;
class SessionController;
class ConsoleSettings;
class FleetController;
class FleetFilterProxy;
class FleetModel;

// The fleet view (F3) and the menus that lead from it. Owns no state of its own: the fleet
// lives in Fleet/FleetController, the tray in TrayController.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(FleetController *controller, ConsoleSettings *settings, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    FleetModel *model() const { return m_model; }
    FleetFilterProxy *proxy() const { return m_proxy; }
    BoxWindow *openBox(qint64 boxId);
    void showBoxRow(qint64 boxId); // selects and scrolls to the box's row
    qint64 currentBoxId() const;
    void setCloseToTray(bool toTray) { m_closeToTray = toTray; }
    void addBox(const QString &url = {}); // opens the add-box dialog, the address filled in when given
    void setSessions(SessionController *sessions) { m_sessions = sessions; }
    void connectPort(qint64 boxId, qint64 portId); // the tray's Connect: the box window, then the session

signals:
    void quitRequested();
    void languageChanged(const QString &language);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void removeSelected();
    void retrustCurrent();
    void reloginCurrent();
    void muteCurrent();
    void muteCurrentFor(int minutes); // 0: notifications on again
    void acknowledgeCurrent();
    void askPasswordChange(qint64 boxId);
    void openSettings();
    void openFleetOperators();
    void updateCounts();
    void retranslate();

    FleetController *m_controller;
    ConsoleSettings *m_settings;
    FleetModel *m_model;
    FleetFilterProxy *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QComboBox *m_stateFilter;
    QLabel *m_counts;
    QHash<qint64, QPointer<BoxWindow>> m_boxWindows;
    QMenu *m_muteMenu = nullptr;
    SessionController *m_sessions = nullptr;
    bool m_closeToTray = false;
    bool m_askingPassword = false;
};

} // namespace mente::console
