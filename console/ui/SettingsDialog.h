// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace mente::console {

class ConsoleSettings;
class LaunchProfilesEditor;

// The console's preferences: language (F14), the box-fault limit, tray behaviour, remote-session
// programs (F12).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(ConsoleSettings *settings, QWidget *parent = nullptr);
    void accept() override;

signals:
    void languageChosen(const QString &language);

private:
    ConsoleSettings *m_settings;
    QComboBox *m_language;
    QSpinBox *m_faultAfter;
    QSpinBox *m_mute;
    QCheckBox *m_tray;
    LaunchProfilesEditor *m_profiles;
};

} // namespace mente::console
