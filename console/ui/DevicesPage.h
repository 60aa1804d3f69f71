// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Event.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QTreeView;

namespace mente {
struct ScanProgressDetail;
}

namespace mente::console {

class BoxLink;
class DeviceTreeModel;
class PortSessionMenu;
class DiscoveryBar;
class SecretVault;
class SessionController;

// The devices of one box as a tree of devices and ports (F6): monitoring switches, scans with
// their progress, protocols, names, memos and logins; several rows at once.
class DevicesPage : public QWidget
{
    Q_OBJECT
public:
    DevicesPage(BoxLink *link, SecretVault *vault, QWidget *parent = nullptr);

    DeviceTreeModel *model() const { return m_model; }
    DiscoveryBar *discovery() const { return m_discovery; }
    QTreeView *view() const { return m_view; }
    void reload();
    void setMonitor(bool isPort, qint64 id, bool monitor);
    void setMonitorForSelection(bool monitor);
    // Acknowledges a device's or port's fault on the box, or takes that back (acknowledged false).
    void setAcknowledged(bool isPort, qint64 id, bool acknowledged);
    void setAcknowledgedForSelection(bool acknowledged);
    void scanSelection(bool allPorts);
    void addDevice(const QString &ip);
    void editCurrent();
    void setSessions(SessionController *sessions);
    PortSessionMenu *sessionMenu() const { return m_sessionMenu; }

    bool hasLoaded() const { return m_loaded; }

signals:
    void loaded();
    void changeApplied();
    void requestFailed(const QString &message);

private:
    void onEvent(const Event &event);
    void onScanEvent(const Event &event, const ScanProgressDetail &scan);
    void showScanProgress();
    void reloadDevice(qint64 id);
    void showError(const QString &message);
    QList<qint64> selectedDeviceIds() const;

    BoxLink *m_link;
    SecretVault *m_vault;
    DeviceTreeModel *m_model;
    QTreeView *m_view;
    QLineEdit *m_newIp;
    QLabel *m_message;
    QProgressBar *m_progress;
    PortSessionMenu *m_sessionMenu;
    DiscoveryBar *m_discovery;
    struct RunningScan
    {
        qint64 deviceId = 0;
        int percent = 0;
    };
    QHash<qint64, RunningScan> m_scans; // by scan id
    bool m_loaded = false;
};

} // namespace mente::console
