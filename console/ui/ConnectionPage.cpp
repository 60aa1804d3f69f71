// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ConnectionPage.h"

#include "launch/SessionController.h"
#include "launch/VpnDiagnosis.h"
#include "tray/StateIcon.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mente::console {

ConnectionPage::ConnectionPage(qint64 boxId, LaunchSettings settings, SessionController *sessions, QWidget *parent)
    : QWidget(parent), m_boxId(boxId), m_settings(settings), m_sessions(sessions)
{
    setObjectName(QStringLiteral("connectionPage"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<b>Diagnose connection</b> — can the VPN adapter reach this device?"), this);
    layout->addWidget(heading);

    auto *bar = new QHBoxLayout;
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("diagnoseAddress"));
    m_address->setPlaceholderText(tr("Device address"));
    m_address->setMaximumWidth(200);
    auto *run = new QPushButton(tr("Diagnose"), this);
    run->setObjectName(QStringLiteral("diagnoseButton"));
    connect(run, &QPushButton::clicked, this, &ConnectionPage::diagnose);
    connect(m_address, &QLineEdit::returnPressed, this, &ConnectionPage::diagnose);
    bar->addWidget(new QLabel(tr("Device address:"), this));
    bar->addWidget(m_address);
    bar->addWidget(run);
    bar->addStretch();
    layout->addLayout(bar);

    m_adapter = new QLabel(this);
    m_adapter->setObjectName(QStringLiteral("diagnoseAdapter"));
    layout->addWidget(m_adapter);

    m_checks = new QTreeWidget(this);
    m_checks->setObjectName(QStringLiteral("diagnosisChecks"));
    m_checks->setColumnCount(2);
    m_checks->setHeaderLabels({tr("Check"), tr("Result and what to do")});
    m_checks->setRootIsDecorated(false);
    m_checks->setWordWrap(true);
    m_checks->setUniformRowHeights(false);
    m_checks->header()->setStretchLastSection(true);
    m_checks->setColumnWidth(0, 260);
    layout->addWidget(m_checks, 1);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("diagnoseVerdict"));
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);

    auto *form = new QFormLayout;
    m_path = new QComboBox(this);
    m_path->setObjectName(QStringLiteral("sessionPath"));
    m_path->addItem(tr("Automatic: the VPN when it is usable, else the SSH tunnel"), int(SessionPath::Auto));
    m_path->addItem(tr("Always the VPN adapter"), int(SessionPath::Vpn));
    m_path->addItem(tr("Always the SSH tunnel via the box"), int(SessionPath::Tunnel));
    m_path->setCurrentIndex(m_path->findData(int(m_settings.path(boxId))));
    connect(m_path, &QComboBox::currentIndexChanged, this, [this]() {
        m_settings.setPath(m_boxId, SessionPath(m_path->currentData().toInt()));
        diagnose();
    });
    form->addRow(tr("Sessions of this box go"), m_path);
    layout->addLayout(form);
}

void ConnectionPage::setDeviceAddress(const QString &ip)
{
    if (m_address->text().isEmpty()) {
        m_address->setText(ip);
        diagnose();
    }
}

void ConnectionPage::diagnose()
{
    const QHostAddress device(m_address->text().trimmed());
    m_checks->clear();
    const QString configured = m_settings.vpnAdapter();
    m_adapter->setText(configured.isEmpty()
                           ? tr("VPN adapter: the VPN client's usual names (%1); set another in Settings.")
                                 .arg(VpnDiagnosis::defaultAdapterNames().join(QStringLiteral(", ")))
                           : tr("VPN adapter: %1 (from Settings)").arg(configured));
    if (device.isNull() || device.protocol() != QAbstractSocket::IPv4Protocol) {
        m_verdict->setText(tr("Type the device's IPv4 address, then Diagnose."));
        return;
    }
    const auto checks = VpnDiagnosis::run(m_sessions->snapshot(),
                                          configured.isEmpty() ? QStringList() : QStringList{configured}, device);
    for (const VpnDiagnosis::Check &c : checks) {
        auto *item = new QTreeWidgetItem(m_checks);
        item->setText(0, c.skipped ? tr("(not checked)") : c.title);
        item->setText(1, c.detail);
        item->setToolTip(1, c.detail);
        item->setData(0, Qt::UserRole, VpnDiagnosis::checkKey(c.id));
        item->setIcon(0, stateIcon(c.skipped ? HealthState::Unknown : c.ok ? HealthState::Ok : HealthState::Fault));
    }
    const SessionPath path = m_sessions->choosePath(m_boxId, device.toString(), std::nullopt);
    const bool usable = VpnDiagnosis::usable(checks);
    m_verdict->setText(
        (usable ? tr("The VPN can carry sessions to %1.") : tr("The VPN cannot carry sessions to %1 now."))
            .arg(device.toString())
        + QLatin1Char(' ')
        + (path == SessionPath::Vpn ? tr("Sessions go through the VPN adapter.")
                                    : tr("Sessions go through the SSH tunnel via the box.")));
}

} // namespace mente::console
