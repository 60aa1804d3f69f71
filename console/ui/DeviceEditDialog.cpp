// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DeviceEditDialog.h"

#include "store/SecretVault.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mente::console {

DeviceEditDialog::DeviceEditDialog(const Device &device, SecretVault *vault, const QString &keyPrefix, QWidget *parent)
    : QDialog(parent), m_device(device), m_vault(vault), m_keyPrefix(keyPrefix)
{
    setObjectName(QStringLiteral("deviceEditDialog"));
    setWindowTitle(tr("Device %1").arg(device.ip));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto line = [this](const QString &name, const QString &text) {
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(name);
        return edit;
    };
    m_name = line(QStringLiteral("name"), device.name);
    m_accessUrl = line(QStringLiteral("accessUrl"), device.accessUrl);
    m_accessUser = line(QStringLiteral("accessUser"), device.accessUser);
    m_accessPassword = line(QStringLiteral("accessPassword"), {});
    m_reportUrl = line(QStringLiteral("reportUrl"), device.reportUrl);
    m_reportUser = line(QStringLiteral("reportUser"), device.reportUser);
    m_reportPassword = line(QStringLiteral("reportPassword"), {});
    m_memo = new QPlainTextEdit(device.memo, this);
    m_memo->setObjectName(QStringLiteral("memo"));
    m_memo->setMaximumHeight(90);
    auto passwordRow = [this](QLineEdit *edit, const QString &key) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setPlaceholderText(tr("unchanged (kept in the keychain)"));
        auto *row = new QHBoxLayout;
        auto *show = new QPushButton(tr("Show"), this);
        connect(show, &QPushButton::clicked, this, [this, edit, key]() { revealInto(edit, key); });
        row->addWidget(edit, 1);
        row->addWidget(show);
        return row;
    };
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Access URL"), m_accessUrl);
    form->addRow(tr("Access user"), m_accessUser);
    form->addRow(tr("Access password"), passwordRow(m_accessPassword, keyPrefix + QStringLiteral("/access")));
    form->addRow(tr("Report URL"), m_reportUrl);
    form->addRow(tr("Report user"), m_reportUser);
    form->addRow(tr("Report password"), passwordRow(m_reportPassword, keyPrefix + QStringLiteral("/report")));
    form->addRow(tr("Memo"), m_memo);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DeviceEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void DeviceEditDialog::revealInto(QLineEdit *edit, const QString &key)
{
    m_vault->read(key, this, [edit](const Result<QString> &secret) {
        edit->setEchoMode(QLineEdit::Normal);
        if (secret)
            edit->setText(secret.value());
        else
            edit->setPlaceholderText(tr("none stored"));
    });
}

void DeviceEditDialog::storePassword(QLineEdit *edit, const QString &key)
{
    if (edit->text().isEmpty())
        return;
    m_vault->write(key, edit->text(), parent() ? parent() : this, [](const Status &) {});
}

DevicePatch DeviceEditDialog::patch() const
{
    DevicePatch p;
    auto changed = [](const QString &now, const QString &before) {
        return now != before ? std::optional<QString>(now) : std::nullopt;
    };
    p.name = changed(m_name->text().trimmed(), m_device.name);
    p.memo = changed(m_memo->toPlainText(), m_device.memo);
    p.accessUrl = changed(m_accessUrl->text().trimmed(), m_device.accessUrl);
    p.accessUser = changed(m_accessUser->text().trimmed(), m_device.accessUser);
    p.reportUrl = changed(m_reportUrl->text().trimmed(), m_device.reportUrl);
    p.reportUser = changed(m_reportUser->text().trimmed(), m_device.reportUser);
    return p;
}

void DeviceEditDialog::accept()
{
    const DevicePatch p = patch();
    if (!p.empty()) {
        // The box's own rules (URLs) before sending.
        if (auto checked = DevicePatch::fromJson(p.toJson()); !checked) {
            m_error->setText(tr("%1: %2").arg(checked.error().field, checked.error().message));
            m_error->show();
            return;
        }
    }
    storePassword(m_accessPassword, m_keyPrefix + QStringLiteral("/access"));
    storePassword(m_reportPassword, m_keyPrefix + QStringLiteral("/report"));
    QDialog::accept();
}

} // namespace mente::console
