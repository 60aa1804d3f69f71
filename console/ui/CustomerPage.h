// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Customer.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace mente::console {

class BoxClient;
class FieldErrors;

// Customer detail and edit (F4, seed §19–20): admins edit, other operators read.
class CustomerPage : public QWidget
{
    Q_OBJECT
public:
    CustomerPage(BoxClient *client, QWidget *parent = nullptr);
    ~CustomerPage() override;

    void reload();
    void save();
    QLineEdit *field(const QString &wireName) const { return m_edits.value(wireName); }

    bool hasLoaded() const { return m_loaded; }

signals:
    void loaded();
    void saved();
    void saveFailed(const mente::Error &error);

private:
    void fill(const Customer &customer);
    Customer collect() const;
    void setEditable(bool editable);

    BoxClient *m_client;
    QHash<QString, QLineEdit *> m_edits;
    QSpinBox *m_reportDay;
    QPlainTextEdit *m_remark;
    QComboBox *m_language;
    QCheckBox *m_mailOnFault;
    QCheckBox *m_notifyVpn;
    QCheckBox *m_notifyBox;
    QCheckBox *m_notifyDevice;
    QLabel *m_registered;
    QLabel *m_message;
    QPushButton *m_save;
    FieldErrors *m_errors;
    bool m_loaded = false;
};

} // namespace mente::console
