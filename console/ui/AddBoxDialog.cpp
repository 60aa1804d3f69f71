// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AddBoxDialog.h"

#include "fleet/BoxEnrolment.h"
#include "platform/BoxBrowser.h"
#include "ui/ChangePasswordDialog.h"
#include "ui/FieldErrors.h"
#include "ui/TrustDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace mente::console {

AddBoxDialog::AddBoxDialog(FleetController *controller, QWidget *parent)
    : QDialog(parent), m_enrolment(new BoxEnrolment(controller, this)), m_browser(new BoxBrowser(this))
{
    setObjectName(QStringLiteral("addBoxDialog"));
    setWindowTitle(tr("Add a box"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Boxes announced on this network:"), this));
    m_found = new QListWidget(this);
    m_found->setObjectName(QStringLiteral("foundList"));
    m_found->setMaximumHeight(110);
    layout->addWidget(m_found);
    m_foundNote = new QLabel(this);
    m_foundNote->setObjectName(QStringLiteral("foundNote"));
    m_foundNote->setWordWrap(true);
    layout->addWidget(m_foundNote);
    auto *form = new QFormLayout;
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(tr("https://192.168.1.20:8443"));
    m_login = new QLineEdit(QStringLiteral("admin"), this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Box address:"), m_url);
    form->addRow(tr("Login ID:"), m_login);
    form->addRow(tr("Password:"), m_password);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddBoxDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    connect(m_found, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            m_url->setText(item->data(Qt::UserRole).toString());
    });
    connect(m_browser, &BoxBrowser::found, this, &AddBoxDialog::listFound);
    connect(m_browser, &BoxBrowser::lost, this, &AddBoxDialog::listLost);
    m_browser->start();
    m_foundNote->setText(m_browser->available()
                             ? tr("Pick a box to fill in its address, or type the address.")
                             : tr("Boxes cannot be searched for on this computer: type the box's address."));

    connect(m_enrolment, &BoxEnrolment::trustRequested, this, &AddBoxDialog::askTrust);
    connect(m_enrolment, &BoxEnrolment::newPasswordRequired, this, &AddBoxDialog::askNewPassword);
    connect(m_enrolment, &BoxEnrolment::passwordRejected, this, [this](const Error &error) {
        if (m_passwordDialog)
            m_passwordDialog->showError(FieldErrors::describe(error));
    });
    connect(m_enrolment, &BoxEnrolment::failed, this, [this](const Error &error) {
        if (m_passwordDialog) {
            m_passwordDialog->deleteLater();
            m_passwordDialog = nullptr;
        }
        setBusy(false);
        showError(FieldErrors::describe(error));
    });
    connect(m_enrolment, &BoxEnrolment::succeeded, this, [this](qint64 boxId) {
        if (m_passwordDialog) {
            m_passwordDialog->deleteLater();
            m_passwordDialog = nullptr;
        }
        emit boxAdded(boxId);
        QDialog::accept();
    });
}

void AddBoxDialog::listFound(const FoundBox &box)
{
    listLost(box.name);
    auto *item = new QListWidgetItem(tr("%1 — %2").arg(box.name, box.host), m_found);
    item->setData(Qt::UserRole, box.url());
    item->setData(Qt::UserRole + 1, box.name);
    item->setToolTip(tr("%1\nSerial %2, certificate %3").arg(box.url(), box.serial, box.fingerprint));
}

void AddBoxDialog::listLost(const QString &name)
{
    for (int i = m_found->count() - 1; i >= 0; --i)
        if (m_found->item(i)->data(Qt::UserRole + 1).toString() == name)
            delete m_found->takeItem(i);
}

void AddBoxDialog::setBusy(bool busy, const QString &message)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_url->setEnabled(!busy);
    m_login->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_message->setStyleSheet({});
    m_message->setText(message);
}

void AddBoxDialog::showError(const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("color: #c62828"));
    m_message->setText(message);
}

void AddBoxDialog::accept()
{
    setBusy(true, tr("Connecting…"));
    m_enrolment->start(m_url->text(), m_login->text(), m_password->text());
}

void AddBoxDialog::askTrust(const QString &fingerprint, const QString &serial)
{
    QString address = m_url->text().trimmed();
    if (!serial.isEmpty())
        address = tr("%1 (serial %2)").arg(address, serial);
    auto *dialog = new TrustDialog(TrustDialog::Reason::FirstContact, address, fingerprint, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        setBusy(true, tr("Logging in…"));
        m_enrolment->trust(result == QDialog::Accepted);
    });
    dialog->open();
}

void AddBoxDialog::askNewPassword(const QString &login)
{
    if (m_passwordDialog)
        return;
    m_passwordDialog = new ChangePasswordDialog(login, false, this);
    connect(m_passwordDialog, &QDialog::accepted, this, [this]() {
        setBusy(true, tr("Changing the password…"));
        m_enrolment->setNewPassword(m_passwordDialog->newPassword());
        m_passwordDialog->show(); // stays open until the box has taken the new password
    });
    connect(m_passwordDialog, &QDialog::rejected, this, [this]() {
        m_passwordDialog->deleteLater();
        m_passwordDialog = nullptr;
        m_enrolment->cancel();
    });
    m_passwordDialog->open();
}

void AddBoxDialog::setUrl(const QString &url)
{
    m_url->setText(url);
}

} // namespace mente::console
