// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "launch/LaunchSettings.h"

#include <QObject>

#include <optional>

class QModelIndex;
class QTreeView;

namespace mente::console {

class BoxLink;
class DeviceTreeModel;
class SessionController;

// The port rows' way into a session (F12): a context menu (Connect, through the VPN, through
// the SSH tunnel) and a double-click on a port row.
class PortSessionMenu : public QObject
{
    Q_OBJECT
public:
    PortSessionMenu(QTreeView *view, DeviceTreeModel *model, BoxLink *link, QObject *parent = nullptr);

    void setSessions(SessionController *sessions) { m_sessions = sessions; }
    // Opens a session to this port; false when the port is not in the list (or no sessions yet).
    bool connectPort(qint64 portId, std::optional<SessionPath> via = std::nullopt);
    bool connectIndex(const QModelIndex &index, std::optional<SessionPath> via = std::nullopt);

signals:
    void message(const QString &text, bool error);

private:
    void showMenu(const QPoint &at);

    QTreeView *m_view;
    DeviceTreeModel *m_model;
    BoxLink *m_link;
    SessionController *m_sessions = nullptr;
};

} // namespace mente::console
