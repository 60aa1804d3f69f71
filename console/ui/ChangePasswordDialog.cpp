// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ChangePasswordDialog.h"
#include "ui/FieldErrors.h"

#include "shared/Validation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mente::console {

ChangePasswordDialog::ChangePasswordDialog(const QString &login, bool askCurrent, QWidget *parent)
    : QDialog(parent), m_login(login)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change the password"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The box still uses its initial password for %1. Choose a new one before doing "
                                "anything else.")
                                 .arg(login),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    auto makeField = [this](const QString &name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setEchoMode(QLineEdit::Password);
        return edit;
    };
    if (askCurrent) {
        m_current = makeField(QStringLiteral("currentPassword"));
        form->addRow(tr("Current password:"), m_current);
    }
    m_new = makeField(QStringLiteral("newPassword"));
    m_repeat = makeField(QStringLiteral("repeatPassword"));
    form->addRow(tr("New password:"), m_new);
    form->addRow(tr("Repeat it:"), m_repeat);
    layout->addLayout(form);
    m_error = FieldErrors::makeLabel(QStringLiteral("errorLabel"), this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString ChangePasswordDialog::currentPassword() const
{
    return m_current ? m_current->text() : QString();
}
QString ChangePasswordDialog::newPassword() const
{
    return m_new->text();
}

void ChangePasswordDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ChangePasswordDialog::accept()
{
    if (m_new->text() != m_repeat->text()) {
        showError(tr("The two new passwords differ."));
        return;
    }
    if (const QString problem = validation::checkPassword(m_new->text(), m_login); !problem.isEmpty()) {
        showError(tr("New password: %1").arg(problem));
        return;
    }
    showError({});
    QDialog::accept();
}

} // namespace mente::console
