// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "launch/LaunchSettings.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace mente::console {

class SessionController;

// "Diagnose connection" (F12 §6): can the VPN adapter carry a session to this device, each check
// ok or a fault with what to do; and which path this box's sessions take (automatic, VPN, tunnel).
class ConnectionPage : public QWidget
{
    Q_OBJECT
public:
    ConnectionPage(qint64 boxId, LaunchSettings settings, SessionController *sessions, QWidget *parent = nullptr);

    void setDeviceAddress(const QString &ip); // a suggestion; kept when the operator typed one
    void diagnose();
    QTreeWidget *checks() const { return m_checks; }

private:
    qint64 m_boxId;
    LaunchSettings m_settings;
    SessionController *m_sessions;
    QLineEdit *m_address;
    QLabel *m_adapter;
    QTreeWidget *m_checks;
    QLabel *m_verdict;
    QComboBox *m_path;
};

} // namespace mente::console
