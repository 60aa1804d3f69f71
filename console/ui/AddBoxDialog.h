// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace mente::console {

class BoxEnrolment;
class FleetController;

// "Add a box": address, login ID and password; then the trust question and, for a new box, the
// forced password change. Closes itself when the box is in the fleet.
class AddBoxDialog : public QDialog
{
    Q_OBJECT
public:
    AddBoxDialog(FleetController *controller, QWidget *parent = nullptr);

    void accept() override;
    void setUrl(const QString &url);

signals:
    void boxAdded(qint64 boxId);

private:
    void setBusy(bool busy, const QString &message = {});
    void showError(const QString &message);
    void askTrust(const QString &fingerprint, const QString &serial);
    void askNewPassword(const QString &login);

    BoxEnrolment *m_enrolment;
    QLineEdit *m_url;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    class ChangePasswordDialog *m_passwordDialog = nullptr;
};

} // namespace mente::console
