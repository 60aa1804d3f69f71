// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SettingsDialog.h"

#include "store/ConsoleSettings.h"
#include "launch/LaunchSettings.h"
#include "ui/LaunchProfilesEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mente::console {

SettingsDialog::SettingsDialog(ConsoleSettings *settings, QWidget *parent) : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings->language())));
    m_faultAfter = new QSpinBox(this);
    m_faultAfter->setRange(10, 3600);
    m_faultAfter->setSuffix(tr(" s"));
    m_faultAfter->setValue(settings->faultAfterS());
    m_mute = new QSpinBox(this);
    m_mute->setRange(5, 7 * 24 * 60);
    m_mute->setSuffix(tr(" min"));
    m_mute->setValue(settings->defaultMuteMinutes());
    m_tray = new QCheckBox(tr("Keep running in the tray when the window is closed"), this);
    m_tray->setChecked(settings->keepRunningInTray());
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("A box is faulty after no answer for"), m_faultAfter);
    form->addRow(tr("Mute notifications for"), m_mute);
    form->addRow(QString(), m_tray);
    layout->addLayout(form);
    auto *note = new QLabel(tr("A changed fault limit applies after the console restarts."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_profiles = new LaunchProfilesEditor(LaunchSettings(settings), this);
    layout->addWidget(m_profiles);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != m_settings->language();
    m_settings->setLanguage(language);
    m_settings->setFaultAfterS(m_faultAfter->value());
    m_settings->setDefaultMuteMinutes(m_mute->value());
    m_settings->setKeepRunningInTray(m_tray->isChecked());
    m_profiles->save();
    if (languageChanged)
        emit languageChosen(language);
    QDialog::accept();
}

} // namespace mente::console
