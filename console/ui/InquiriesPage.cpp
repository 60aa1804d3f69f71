// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/InquiriesPage.h"

#include "api/BoxClient.h"
#include "shared/ApiPaths.h"
#include "shared/TimeFormat.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mente::console {

InquiriesPage::InquiriesPage(BoxClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("inquiriesPage"));
    auto *layout = new QVBoxLayout(this);
    auto *view = new QTableView(this);
    view->setModel(m_model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(view, 1);
    auto *row = new QHBoxLayout;
    m_channel = new QLineEdit(this);
    m_channel->setPlaceholderText(tr("Channel (phone, mail…)"));
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
    layout->addWidget(m_message);
    connect(addButton, &QPushButton::clicked, this, [this]() { add(m_channel->text(), m_subject->text(), m_text->text()); });
    reload();
}

void InquiriesPage::reload()
{
    m_client->get(api::Inquiries, this, [this](const ApiReply &r) {
        if (r.status == 404) {
            emit unavailable();
            return;
        }
        if (!r.ok()) {
            m_message->setText(r.error().message);
            return;
        }
        QJsonArray list = r.array();
        if (list.isEmpty())
            list = r.object().value(QStringLiteral("inquiries")).toArray();
        m_model->clear();
        m_model->setHorizontalHeaderLabels({tr("Date"), tr("Operator"), tr("Channel"), tr("Subject"), tr("Status"), tr("Text")});
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            const QDateTime at = fromIso(o.value(QStringLiteral("at")).toString());
            QList<QStandardItem *> items{
                new QStandardItem(at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString()),
                new QStandardItem(o.value(QStringLiteral("operator")).toString()),
                new QStandardItem(o.value(QStringLiteral("channel")).toString()),
                new QStandardItem(o.value(QStringLiteral("subject")).toString()),
                new QStandardItem(o.value(QStringLiteral("status")).toString()),
                new QStandardItem(o.value(QStringLiteral("text")).toString())};
            m_model->appendRow(items);
        }
        emit loaded();
    });
}

void InquiriesPage::add(const QString &channel, const QString &subject, const QString &text)
{
    const QJsonObject body{{QStringLiteral("channel"), channel.trimmed()},
                           {QStringLiteral("subject"), subject.trimmed()},
                           {QStringLiteral("text"), text.trimmed()},
                           {QStringLiteral("status"), QStringLiteral("open")}};
    m_client->call("POST", api::Inquiries, body, this, [this](const ApiReply &r) {
        if (!r.ok()) {
            m_message->setText(r.error().message);
            return;
        }
        m_channel->clear();
        m_subject->clear();
        m_text->clear();
        reload();
    });
}

} // namespace mente::console
