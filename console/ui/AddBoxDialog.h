// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace mente::console {

class BoxBrowser;
class BoxEnrolment;
struct FoundBox;
class FleetController;

// "Add a box": the boxes announced on the operator's LAN (pick one) or an address typed in, login
// ID and password; then the trust question and, for a new box, the
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
    void listFound(const FoundBox &box);
    void listLost(const QString &name);

    BoxEnrolment *m_enrolment;
    BoxBrowser *m_browser;
    QListWidget *m_found;
    QLabel *m_foundNote;
    QLineEdit *m_url;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    class ChangePasswordDialog *m_passwordDialog = nullptr;
};

} // namespace mente::console
