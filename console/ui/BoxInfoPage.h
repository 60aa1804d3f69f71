// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace mente::console {

class BoxClient;

// Box detail (F5, seed §21/§27). The VPN hub password is fetched only when the person asks
// (the box audits that request) and is hidden again on request.
class BoxInfoPage : public QWidget
{
    Q_OBJECT
public:
    BoxInfoPage(BoxClient *client, QWidget *parent = nullptr);
    void reload();
    void revealVpnPassword();
    QString shownVpnPassword() const;

signals:
    void loaded();
    void vpnPasswordShown();

private:
    QLabel *addRow(const QString &caption, const QString &name);

    BoxClient *m_client;
    QFormLayout *m_form;
    QLabel *m_serial, *m_mac, *m_mode, *m_localIp, *m_globalIp, *m_subdomain, *m_sshPort, *m_vpnHub, *m_vpnUser,
        *m_version, *m_uptime, *m_started, *m_fingerprint, *m_vpnPassword, *m_message;
    QPushButton *m_reveal;
};

} // namespace mente::console
