// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "launch/LaunchSettings.h"

#include <QWidget>

class QLineEdit;
class QTableWidget;

namespace mente::console {

// The remote-session part of Settings (F12 §1): per protocol the program, its arguments and how
// the password is handed over, whether the program was found; the VPN adapter's name.
class LaunchProfilesEditor : public QWidget
{
    Q_OBJECT
public:
    explicit LaunchProfilesEditor(LaunchSettings settings, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void save();

private:
    void fill(const QList<LaunchProfile> &profiles);
    void refreshFound(int row);
    static QString channelLabel(PasswordChannel channel);

    LaunchSettings m_settings;
    QTableWidget *m_table;
    QLineEdit *m_adapter;
};

} // namespace mente::console
