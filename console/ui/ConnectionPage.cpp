// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ConnectionPage.h"

#include "launch/SessionController.h"
#include "tray/StateIcon.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
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

    // One row per check: icon, name, and the words on what holds and what to do, wrapped.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    m_checksBox = new QWidget(scroll);
    m_checksBox->setObjectName(QStringLiteral("diagnosisChecks"));
    m_grid = new QGridLayout(m_checksBox);
    m_grid->setColumnStretch(2, 1);
    m_grid->setAlignment(Qt::AlignTop);
    scroll->setWidget(m_checksBox);
    layout->addWidget(scroll, 1);

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
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_last.clear();
    const QString configured = m_settings.vpnAdapter();
    m_adapter->setText(configured.isEmpty()
                           ? tr("VPN adapter: the VPN client's usual names (%1); set another in Settings.")
                                 .arg(VpnDiagnosis::defaultAdapterNames().join(QStringLiteral(", ")))
                           : tr("VPN adapter: %1 (from Settings)").arg(configured));
    if (device.isNull() || device.protocol() != QAbstractSocket::IPv4Protocol) {
        m_verdict->setText(tr("Type the device's IPv4 address, then Diagnose."));
        return;
    }
    m_last = VpnDiagnosis::run(m_sessions->snapshot(), configured.isEmpty() ? QStringList() : QStringList{configured},
                               device);
    for (int row = 0; row < m_last.size(); ++row) {
        const VpnDiagnosis::Check &c = m_last.at(row);
        auto *icon = new QLabel(m_checksBox);
        icon->setPixmap(stateIcon(c.skipped ? HealthState::Unknown
                                  : c.ok    ? HealthState::Ok
                                            : HealthState::Fault)
                            .pixmap(16, 16));
        auto *title = new QLabel(c.skipped ? tr("(not checked)") : c.title, m_checksBox);
        title->setStyleSheet(QStringLiteral("font-weight: bold"));
        auto *detail = new QLabel(c.detail, m_checksBox);
        detail->setObjectName(VpnDiagnosis::checkKey(c.id));
        detail->setWordWrap(true);
        detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_grid->addWidget(icon, row, 0, Qt::AlignTop);
        m_grid->addWidget(title, row, 1, Qt::AlignTop);
        m_grid->addWidget(detail, row, 2, Qt::AlignTop);
    }
    const SessionPath path = m_sessions->choosePath(m_boxId, device.toString(), std::nullopt);
    const bool usable = VpnDiagnosis::usable(m_last);
    // Two sentences, joined the way the language joins them.
    m_verdict->setText(tr("%1 %2").arg(
        (usable ? tr("The VPN can carry sessions to %1.") : tr("The VPN cannot carry sessions to %1 now."))
            .arg(device.toString()),
        path == SessionPath::Vpn ? tr("Sessions go through the VPN adapter.")
                                 : tr("Sessions go through the SSH tunnel via the box.")));
}

} // namespace mente::console
