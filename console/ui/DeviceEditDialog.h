// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Device.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace mente::console {

class SecretVault;

// Edits a device's name, memo and its access / report URL and user (seed §23). The matching
// passwords go to the keychain only, and are shown only when asked.
class DeviceEditDialog : public QDialog
{
    Q_OBJECT
public:
    DeviceEditDialog(const Device &device, SecretVault *vault, const QString &keyPrefix, QWidget *parent = nullptr);

    DevicePatch patch() const; // only what changed
    void accept() override;

private:
    void revealInto(QLineEdit *edit, const QString &key);
    void storePassword(QLineEdit *edit, const QString &key);

    Device m_device;
    SecretVault *m_vault;
    QString m_keyPrefix;
    QLineEdit *m_name, *m_accessUrl, *m_accessUser, *m_accessPassword, *m_reportUrl, *m_reportUser, *m_reportPassword;
    QPlainTextEdit *m_memo;
    QLabel *m_error;
};

} // namespace mente::console
