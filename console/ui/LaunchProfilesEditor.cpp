// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LaunchProfilesEditor.h"

#include "launch/DefaultProfiles.h"
#include "launch/ProgramLocator.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mente::console {

namespace {
enum Column { Protocol, Program, Arguments, Password, Found, ColumnCount };
constexpr PasswordChannel Channels[] = {PasswordChannel::None,
                                        PasswordChannel::Askpass,
                                        PasswordChannel::Stdin,
                                        PasswordChannel::VncPasswordFile,
                                        PasswordChannel::WindowsCredential,
                                        PasswordChannel::Clipboard};
} // namespace

QString LaunchProfilesEditor::channelLabel(PasswordChannel channel)
{
    switch (channel) {
    case PasswordChannel::None: return tr("The program asks");
    case PasswordChannel::Askpass: return tr("OpenSSH askpass helper");
    case PasswordChannel::Stdin: return tr("Standard input (FreeRDP)");
    case PasswordChannel::VncPasswordFile: return tr("One-time password file (TigerVNC)");
    case PasswordChannel::WindowsCredential: return tr("Temporary Windows credential (mstsc)");
    case PasswordChannel::Clipboard: break;
    }
    return tr("Clipboard, cleared after 30 s");
}

LaunchProfilesEditor::LaunchProfilesEditor(LaunchSettings settings, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("launchProfilesEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Remote sessions</b> — the program for each protocol. Placeholders: {host} "
                                    "{port} {user} {url} {device}. Passwords never go on the command line."),
                                 this));
    m_table->setObjectName(QStringLiteral("launchProfiles"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Protocol"), tr("Program"), tr("Arguments"), tr("Password"), tr("Found")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Arguments, QHeaderView::Stretch);
    layout->addWidget(m_table);
    QList<LaunchProfile> profiles;
    for (const QString &protocol : DefaultProfiles::protocols())
        profiles << m_settings.profile(protocol);
    fill(profiles);

    auto *reset = new QPushButton(tr("Back to the defaults"), this);
    reset->setObjectName(QStringLiteral("resetProfiles"));
    connect(reset, &QPushButton::clicked, this,
            [this]() { fill(DefaultProfiles::forPlatform(DefaultProfiles::current())); });
    layout->addWidget(reset, 0, Qt::AlignLeft);

    auto *form = new QFormLayout;
    m_adapter = new QLineEdit(m_settings.vpnAdapter(), this);
    m_adapter->setObjectName(QStringLiteral("vpnAdapter"));
    m_adapter->setPlaceholderText(tr("empty: the VPN client's usual adapter names"));
    form->addRow(tr("VPN adapter"), m_adapter);
    layout->addLayout(form);
}

void LaunchProfilesEditor::fill(const QList<LaunchProfile> &profiles)
{
    m_table->setRowCount(int(profiles.size()));
    for (int row = 0; row < profiles.size(); ++row) {
        const LaunchProfile &p = profiles.at(row);
        auto *protocol = new QTableWidgetItem(p.protocol);
        protocol->setFlags(Qt::ItemIsEnabled);
        protocol->setData(Qt::UserRole, p.terminal);
        m_table->setItem(row, Protocol, protocol);
        m_table->setItem(row, Program, new QTableWidgetItem(p.program));
        m_table->setItem(row, Arguments, new QTableWidgetItem(p.arguments));
        auto *channel = new QComboBox(m_table);
        for (const PasswordChannel c : Channels)
            channel->addItem(channelLabel(c), int(c));
        channel->setCurrentIndex(channel->findData(int(p.channel)));
        m_table->setCellWidget(row, Password, channel);
        auto *found = new QTableWidgetItem;
        found->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, Found, found);
        refreshFound(row);
    }
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == Program)
            refreshFound(item->row());
    });
    m_table->resizeColumnToContents(Protocol);
    m_table->setColumnWidth(Program, 120);
    m_table->setColumnWidth(Password, 230);
}

void LaunchProfilesEditor::refreshFound(int row)
{
    QTableWidgetItem *found = m_table->item(row, Found);
    const QTableWidgetItem *program = m_table->item(row, Program);
    if (!found || !program)
        return;
    const ProgramLocator locator(DefaultProfiles::installFolders(DefaultProfiles::current()));
    const QString path = locator.find(program->text().trimmed());
    QSignalBlocker quiet(m_table);
    found->setText(path.isEmpty() ? tr("not installed") : tr("yes"));
    found->setToolTip(
        path.isEmpty()
            ? DefaultProfiles::forProtocol(m_table->item(row, Protocol)->text(), DefaultProfiles::current()).installHint
            : path);
}

void LaunchProfilesEditor::save()
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        LaunchProfile p =
            DefaultProfiles::forProtocol(m_table->item(row, Protocol)->text(), DefaultProfiles::current());
        const LaunchProfile fallback = p;
        p.program = m_table->item(row, Program)->text().trimmed();
        p.arguments = m_table->item(row, Arguments)->text().trimmed();
        p.channel =
            PasswordChannel(qobject_cast<QComboBox *>(m_table->cellWidget(row, Password))->currentData().toInt());
        p.terminal = m_table->item(row, Protocol)->data(Qt::UserRole).toBool();
        if (p == fallback)
            m_settings.resetProfile(p.protocol); // the platform default, also after an update changes it
        else
            m_settings.setProfile(p);
    }
    m_settings.setVpnAdapter(m_adapter->text());
}

} // namespace mente::console
