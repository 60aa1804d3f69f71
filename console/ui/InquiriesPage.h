// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QStandardItemModel;

namespace mente::console {

class BoxClient;

// The customer's inquiry log (F11): date, operator, channel, subject, text, status. Hidden when
// the box does not have it yet (404).
class InquiriesPage : public QWidget
{
    Q_OBJECT
public:
    InquiriesPage(BoxClient *client, QWidget *parent = nullptr);
    void reload();
    void add(const QString &channel, const QString &subject, const QString &text);

signals:
    void unavailable();
    void loaded();

private:
    BoxClient *m_client;
    QStandardItemModel *m_model;
    QLineEdit *m_channel;
    QLineEdit *m_subject;
    QLineEdit *m_text;
    QLabel *m_message;
};

} // namespace mente::console
