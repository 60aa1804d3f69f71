// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Operator.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace mente::console {

// Creates or edits an operator (F2, seed §15–16). Checked with the box's own rules first.
class OperatorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OperatorDialog(QWidget *parent = nullptr);            // a new operator
    OperatorDialog(const Operator &op, QWidget *parent = nullptr); // edit

    OperatorDraft draft() const;
    void showError(const mente::Error &error);
    void accept() override;

private:
    void build();

    std::optional<Operator> m_original;
    QLineEdit *m_group, *m_name, *m_email, *m_phone, *m_login, *m_password;
    QCheckBox *m_admin, *m_faultMail, *m_enabled;
    QComboBox *m_language;
    QLabel *m_error;
};

} // namespace mente::console
