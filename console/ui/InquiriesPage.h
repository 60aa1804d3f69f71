// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Inquiry.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace mente::console {

class BoxClient;

// The customer's inquiry log (F11): date, operator, channel, subject, text, status; listed,
// added and its status changed. Hidden when the box does not have it (404).
class InquiriesPage : public QWidget
{
    Q_OBJECT
public:
    InquiriesPage(BoxClient *client, QWidget *parent = nullptr);
    void reload();
    void add(const InquiryDraft &draft);
    void setStatus(qint64 id, const QString &status);
    const QList<Inquiry> &inquiries() const { return m_inquiries; }
    bool hasLoaded() const { return m_loaded; }

    static QString channelLabel(const QString &channel);
    static QString statusLabel(const QString &status);

signals:
    void unavailable();
    void loaded();
    void changeApplied();
    void requestFailed(const mente::Error &error);

private:
    void showError(const Error &error);

    BoxClient *m_client;
    QList<Inquiry> m_inquiries;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QComboBox *m_channel;
    QLineEdit *m_subject;
    QLineEdit *m_text;
    QComboBox *m_status;
    QLabel *m_message;
    bool m_loaded = false;
};

} // namespace mente::console
