// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/OperatorDialog.h"
#include "ui/FieldErrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mente::console {

OperatorDialog::OperatorDialog(QWidget *parent) : QDialog(parent)
{
    build();
    setWindowTitle(tr("New operator"));
}

OperatorDialog::OperatorDialog(const Operator &op, QWidget *parent) : QDialog(parent), m_original(op)
{
    build();
    setWindowTitle(tr("Edit operator %1").arg(op.login));
    m_group->setText(op.group);
    m_admin->setChecked(op.admin);
    m_name->setText(op.name);
    m_email->setText(op.email);
    m_faultMail->setChecked(op.receivesFaultMail);
    m_phone->setText(op.phone);
    m_login->setText(op.login);
    m_enabled->setChecked(op.enabled);
    m_language->setCurrentIndex(std::max(0, m_language->findData(op.language)));
    m_password->setPlaceholderText(tr("unchanged"));
}

void OperatorDialog::build()
{
    setObjectName(QStringLiteral("operatorDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto line = [this](const QString &name) {
        auto *e = new QLineEdit(this);
        e->setObjectName(name);
        return e;
    };
    m_group = line(QStringLiteral("group"));
    m_name = line(QStringLiteral("name"));
    m_email = line(QStringLiteral("email"));
    m_phone = line(QStringLiteral("phone"));
    m_login = line(QStringLiteral("login"));
    m_password = line(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_admin = new QCheckBox(tr("Administrator"), this);
    m_admin->setObjectName(QStringLiteral("admin"));
    m_faultMail = new QCheckBox(tr("Receives fault mail"), this);
    m_faultMail->setObjectName(QStringLiteral("receivesFaultMail"));
    m_enabled = new QCheckBox(tr("Enabled (may log in)"), this);
    m_enabled->setObjectName(QStringLiteral("enabled"));
    m_enabled->setChecked(true);
    m_language = new QComboBox(this);
    m_language->addItem(tr("Japanese"), QStringLiteral("ja"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    form->addRow(tr("Group"), m_group);
    form->addRow(QString(), m_admin);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("E-mail"), m_email);
    form->addRow(QString(), m_faultMail);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Login ID"), m_login);
    form->addRow(tr("Password"), m_password);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("Language"), m_language);
    layout->addLayout(form);
    m_error = FieldErrors::makeLabel(QStringLiteral("errorLabel"), this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OperatorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

OperatorDraft OperatorDialog::draft() const
{
    OperatorDraft d;
    auto text = [](QLineEdit *e) { return e->text().trimmed(); };
    if (!m_original) {
        if (!text(m_group).isEmpty())
            d.group = text(m_group);
        d.admin = m_admin->isChecked();
        d.name = text(m_name);
        d.email = text(m_email);
        d.receivesFaultMail = m_faultMail->isChecked();
        d.phone = text(m_phone);
        d.login = text(m_login);
        d.password = m_password->text();
        d.enabled = m_enabled->isChecked();
        d.language = m_language->currentData().toString();
        return d;
    }
    const Operator &o = *m_original;
    auto changedText = [&](QLineEdit *e, const QString &before) {
        return text(e) != before ? std::optional<QString>(text(e)) : std::nullopt;
    };
    auto changedFlag = [](bool now, bool before) { return now != before ? std::optional<bool>(now) : std::nullopt; };
    d.group = changedText(m_group, o.group);
    d.admin = changedFlag(m_admin->isChecked(), o.admin);
    d.name = changedText(m_name, o.name);
    d.email = changedText(m_email, o.email);
    d.receivesFaultMail = changedFlag(m_faultMail->isChecked(), o.receivesFaultMail);
    d.phone = changedText(m_phone, o.phone);
    d.login = changedText(m_login, o.login);
    if (!m_password->text().isEmpty())
        d.password = m_password->text();
    d.enabled = changedFlag(m_enabled->isChecked(), o.enabled);
    if (m_language->currentData().toString() != o.language)
        d.language = m_language->currentData().toString();
    return d;
}

void OperatorDialog::showError(const Error &error)
{
    m_error->setText(FieldErrors::describe(error));
    m_error->show();
    if (auto *w = findChild<QWidget *>(error.field))
        w->setFocus();
}

void OperatorDialog::accept()
{
    const auto mode = m_original ? OperatorDraft::Mode::Update : OperatorDraft::Mode::Create;
    if (auto checked = OperatorDraft::fromJson(draft().toJson(), mode); !checked) {
        showError(checked.error());
        return;
    }
    QDialog::accept();
}

} // namespace mente::console
