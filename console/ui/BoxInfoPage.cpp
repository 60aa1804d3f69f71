// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/BoxInfoPage.h"

#include "api/BoxInfoClient.h"
#include "shared/Box.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace mente::console {

BoxInfoPage::BoxInfoPage(BoxClient *client, QWidget *parent) : QWidget(parent), m_client(client)
{
    setObjectName(QStringLiteral("boxPage"));
    auto *outer = new QVBoxLayout(this);
    m_form = new QFormLayout;
    outer->addLayout(m_form);
    m_serial = addRow(tr("Serial"), QStringLiteral("serial"));
    m_mac = addRow(tr("MAC address"), QStringLiteral("mac"));
    m_mode = addRow(tr("Address mode"), QStringLiteral("addressMode"));
    m_localIp = addRow(tr("Local IP"), QStringLiteral("localIp"));
    m_globalIp = addRow(tr("Global IP"), QStringLiteral("globalIp"));
    m_subdomain = addRow(tr("Sub-domain"), QStringLiteral("subdomain"));
    m_sshPort = addRow(tr("SSH port"), QStringLiteral("sshPort"));
    m_vpnHub = addRow(tr("VPN hub"), QStringLiteral("vpnHub"));
    m_vpnUser = addRow(tr("VPN user"), QStringLiteral("vpnUser"));
    auto *passwordRow = new QHBoxLayout;
    m_vpnPassword = new QLabel(tr("(hidden)"), this);
    m_vpnPassword->setObjectName(QStringLiteral("vpnPassword"));
    m_vpnPassword->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reveal = new QPushButton(tr("Show"), this);
    m_reveal->setObjectName(QStringLiteral("revealVpnPasswordButton"));
    m_reveal->setToolTip(tr("The box records in its audit log that the password was shown."));
    passwordRow->addWidget(m_vpnPassword, 1);
    passwordRow->addWidget(m_reveal);
    m_form->addRow(tr("VPN password"), passwordRow);
    m_version = addRow(tr("Software version"), QStringLiteral("version"));
    m_uptime = addRow(tr("Uptime"), QStringLiteral("uptime"));
    m_started = addRow(tr("Started"), QStringLiteral("startedAt"));
    m_fingerprint = addRow(tr("Certificate"), QStringLiteral("tlsFingerprint"));
    m_fingerprint->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setStyleSheet(QStringLiteral("color: #c62828"));
    outer->addWidget(m_message);
    outer->addStretch();
    auto *reloadButton = new QPushButton(tr("Reload"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(reloadButton);
    outer->addLayout(buttons);
    connect(reloadButton, &QPushButton::clicked, this, &BoxInfoPage::reload);
    connect(m_reveal, &QPushButton::clicked, this, [this]() {
        if (shownVpnPassword().isEmpty()) {
            revealVpnPassword();
        } else {
            m_vpnPassword->setText(tr("(hidden)"));
            m_vpnPassword->setProperty("secret", QString());
            m_reveal->setText(tr("Show"));
        }
    });
    reload();
}

QLabel *BoxInfoPage::addRow(const QString &caption, const QString &name)
{
    auto *label = new QLabel(this);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(caption, label);
    return label;
}

void BoxInfoPage::reload()
{
    BoxInfoClient(m_client).info(this, [this](const ApiResult<BoxInfo> &r) {
        if (!r.ok()) {
            m_message->setText(r.unreadable()
                                   ? tr("The box sent details the console cannot read (%1).").arg(r.error().field)
                                   : r.error().message);
            return;
        }
        m_message->clear();
        const BoxInfo &b = r.value();
        m_serial->setText(b.serial);
        m_mac->setText(b.mac);
        m_mode->setText(b.addressMode == QLatin1String("static") ? tr("static")
                        : b.addressMode == QLatin1String("dhcp") ? tr("DHCP")
                                                                 : b.addressMode);
        m_localIp->setText(b.localIp);
        m_globalIp->setText(b.globalIp);
        m_subdomain->setText(b.subdomain);
        m_sshPort->setText(QString::number(b.sshPort));
        m_vpnHub->setText(b.vpnHub);
        m_vpnUser->setText(b.vpnUser);
        m_version->setText(b.version);
        const qint64 d = b.uptimeS / 86400, h = (b.uptimeS % 86400) / 3600, m = (b.uptimeS % 3600) / 60;
        m_uptime->setText(tr("%1 d %2 h %3 min").arg(d).arg(h).arg(m));
        m_started->setText(b.startedAt.isValid() ? QLocale().toString(b.startedAt.toLocalTime(), QLocale::ShortFormat)
                                                 : QString());
        m_fingerprint->setText(b.tlsFingerprint);
        emit loaded();
    });
}

void BoxInfoPage::revealVpnPassword()
{
    BoxInfoClient(m_client).vpnPassword(this, [this](const ApiResult<QString> &r) {
        if (!r.ok()) {
            m_message->setText(r.error().message);
            return;
        }
        const QString &secret = r.value();
        m_vpnPassword->setText(secret.isEmpty() ? tr("(none set)") : secret);
        m_vpnPassword->setProperty("secret", secret.isEmpty() ? QStringLiteral(" ") : secret);
        m_reveal->setText(tr("Hide"));
        emit vpnPasswordShown();
    });
}

QString BoxInfoPage::shownVpnPassword() const
{
    return m_vpnPassword->property("secret").toString();
}

} // namespace mente::console
