// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/InquiriesPage.h"

#include "api/InquiriesClient.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mente::console {

QString InquiriesPage::channelLabel(const QString &channel)
{
    if (channel == QLatin1String("phone"))
        return tr("Phone");
    if (channel == QLatin1String("mail"))
        return tr("Mail");
    if (channel == QLatin1String("visit"))
        return tr("Visit");
    if (channel == QLatin1String("remote"))
        return tr("Remote");
    if (channel == QLatin1String("other"))
        return tr("Other");
    return channel;
}

QString InquiriesPage::statusLabel(const QString &status)
{
    if (status == QLatin1String("open"))
        return tr("Open");
    if (status == QLatin1String("in_progress"))
        return tr("In progress");
    if (status == QLatin1String("closed"))
        return tr("Closed");
    return status;
}

InquiriesPage::InquiriesPage(BoxClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_model(new QStandardItemModel(this)), m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("inquiriesPage"));
    auto *layout = new QVBoxLayout(this);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    auto *statusRow = new QHBoxLayout;
    m_status = new QComboBox(this);
    for (const QString &s : Inquiry::statuses())
        m_status->addItem(statusLabel(s), s);
    auto *setStatusButton = new QPushButton(tr("Set the status of the selected entry"), this);
    statusRow->addStretch();
    statusRow->addWidget(m_status);
    statusRow->addWidget(setStatusButton);
    layout->addLayout(statusRow);

    auto *row = new QHBoxLayout;
    m_channel = new QComboBox(this);
    for (const QString &c : Inquiry::channels())
        m_channel->addItem(channelLabel(c), c);
    m_subject = new QLineEdit(this);
    m_subject->setPlaceholderText(tr("Subject"));
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("What was asked and answered"));
    auto *addButton = new QPushButton(tr("Add"), this);
    row->addWidget(m_channel);
    row->addWidget(m_subject);
    row->addWidget(m_text, 1);
    row->addWidget(addButton);
    layout->addLayout(row);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(addButton, &QPushButton::clicked, this, [this]() {
        InquiryDraft d;
        d.channel = m_channel->currentData().toString();
        d.subject = m_subject->text().trimmed();
        d.text = m_text->text().trimmed();
        d.status = QStringLiteral("open");
        add(d);
    });
    connect(setStatusButton, &QPushButton::clicked, this, [this]() {
        const QModelIndex index = m_view->currentIndex();
        if (index.isValid() && index.row() < m_inquiries.size())
            setStatus(m_inquiries.at(index.row()).id, m_status->currentData().toString());
    });
    reload();
}

void InquiriesPage::showError(const Error &error)
{
    m_message->setStyleSheet(QStringLiteral("color: #c62828"));
    m_message->setText(error.field.isEmpty() ? error.message : tr("%1: %2").arg(error.field, error.message));
    emit requestFailed(error);
}

void InquiriesPage::reload()
{
    InquiriesClient(m_client).list(this, [this](const ApiResult<QList<Inquiry>> &r) {
        if (r.status() == 404) {
            emit unavailable();
            return;
        }
        if (!r.ok()) {
            showError(r.error());
            return;
        }
        m_inquiries = r.value();
        m_model->clear();
        m_model->setHorizontalHeaderLabels(
            {tr("Date"), tr("Operator"), tr("Channel"), tr("Subject"), tr("Status"), tr("Text")});
        for (const Inquiry &i : std::as_const(m_inquiries)) {
            m_model->appendRow({new QStandardItem(QLocale().toString(i.date, QLocale::ShortFormat)),
                                new QStandardItem(i.operatorName), new QStandardItem(channelLabel(i.channel)),
                                new QStandardItem(i.subject), new QStandardItem(statusLabel(i.status)),
                                new QStandardItem(i.text)});
        }
        m_view->resizeColumnsToContents();
        m_message->clear();
        m_loaded = true;
        emit loaded();
    });
}

void InquiriesPage::add(const InquiryDraft &draft)
{
    // The box's own rules first (subject and channel required, known channel and status).
    if (auto checked = InquiryDraft::fromJson(draft.toJson(), InquiryDraft::Mode::Create); !checked) {
        showError(checked.error());
        return;
    }
    InquiriesClient(m_client).add(draft, this, [this](const ApiResult<Inquiry> &r) {
        if (!r.ok()) {
            showError(r.error());
            return;
        }
        m_subject->clear();
        m_text->clear();
        emit changeApplied();
        reload();
    });
}

void InquiriesPage::setStatus(qint64 id, const QString &status)
{
    InquiryDraft d;
    d.status = status;
    InquiriesClient(m_client).update(id, d, this, [this](const ApiResult<Inquiry> &r) {
        if (!r.ok()) {
            showError(r.error());
            return;
        }
        emit changeApplied();
        reload();
    });
}

} // namespace mente::console
