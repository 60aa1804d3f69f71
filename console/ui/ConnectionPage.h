// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "launch/LaunchSettings.h"
#include "launch/VpnDiagnosis.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QGridLayout;

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
    const QList<VpnDiagnosis::Check> &lastChecks() const { return m_last; }

private:
    qint64 m_boxId;
    LaunchSettings m_settings;
    SessionController *m_sessions;
    QLineEdit *m_address;
    QLabel *m_adapter;
    QWidget *m_checksBox;
    QGridLayout *m_grid;
    QList<VpnDiagnosis::Check> m_last;
    QLabel *m_verdict;
    QComboBox *m_path;
};

} // namespace mente::console
