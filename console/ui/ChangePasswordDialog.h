// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace mente::console {

// The password change a new box forces (HTTP 428 / mustChangePassword), done from the console.
// Checks the new password with the same rules as the box before sending anything.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(const QString &login, bool askCurrent, QWidget *parent = nullptr);

    QString currentPassword() const;
    QString newPassword() const;
    void showError(const QString &message);

    void accept() override;

private:
    QString m_login;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QLabel *m_error;
};

} // namespace mente::console
