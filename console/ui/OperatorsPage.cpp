// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/OperatorsPage.h"

#include "api/OperatorsClient.h"
#include "ui/FieldErrors.h"
#include "ui/OperatorDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mente::console {

OperatorsPage::OperatorsPage(BoxClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_model(new QStandardItemModel(this)), m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("operatorsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto button = [this, bar](const QString &name, const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        bar->addWidget(b);
    };
    button(QStringLiteral("reloadOperators"), tr("Reload"), &OperatorsPage::reload);
    button(QStringLiteral("newOperator"), tr("New…"), &OperatorsPage::openCreate);
    button(QStringLiteral("editOperator"), tr("Edit…"), &OperatorsPage::openEdit);
    button(QStringLiteral("removeOperators"), tr("Remove selected…"), &OperatorsPage::removeSelected);
    bar->addStretch();
    layout->addLayout(bar);
    m_view->setObjectName(QStringLiteral("operatorTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view, &QTableView::doubleClicked, this, &OperatorsPage::openEdit);
    layout->addWidget(m_view, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("operatorsMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    reload();
}

void OperatorsPage::showError(const Error &error)
{
    m_message->setStyleSheet(QStringLiteral("color: #c62828"));
    m_message->setText(FieldErrors::describe(error));
    emit requestFailed(error);
}

void OperatorsPage::reload()
{
    OperatorsClient(m_client).list(this, [this](const ApiResult<QList<Operator>> &r) {
        if (r.status() == 403) {
            m_message->setText(tr("Only administrators manage operators."));
            emit forbidden();
            return;
        }
        if (!r.ok()) {
            showError(r.error());
            return;
        }
        m_operators.clear();
        for (const Operator &op : r.value())
            if (!op.removed())
                m_operators.append(op);
        m_model->clear();
        m_model->setHorizontalHeaderLabels({tr("ID"), tr("Login ID"), tr("Name"), tr("Group"), tr("Admin"),
                                            tr("E-mail"), tr("Fault mail"), tr("Phone"), tr("State"),
                                            tr("Registered")});
        const QString yes = tr("yes"), no = tr("no");
        for (const Operator &op : std::as_const(m_operators)) {
            QList<QStandardItem *> row;
            auto *id = new QStandardItem;
            id->setData(op.id, Qt::DisplayRole);
            row << id << new QStandardItem(op.login) << new QStandardItem(op.name) << new QStandardItem(op.group)
                << new QStandardItem(op.admin ? yes : no) << new QStandardItem(op.email)
                << new QStandardItem(op.receivesFaultMail ? tr("allowed") : tr("refused"))
                << new QStandardItem(op.phone) << new QStandardItem(op.enabled ? tr("enabled") : tr("disabled"))
                << new QStandardItem(op.createdAt.isValid()
                                         ? QLocale().toString(op.createdAt.toLocalTime(), QLocale::ShortFormat)
                                         : QString());
            m_model->appendRow(row);
        }
        m_view->resizeColumnsToContents();
        m_message->clear();
        m_loaded = true;
        emit loaded();
    });
}

void OperatorsPage::create(const OperatorDraft &draft)
{
    OperatorsClient(m_client).create(draft, this, [this](const ApiResult<Operator> &r) {
        if (!r.ok()) {
            showError(r.error());
            return;
        }
        emit changeApplied();
        reload();
    });
}

void OperatorsPage::update(qint64 id, const OperatorDraft &draft)
{
    OperatorsClient(m_client).update(id, draft, this, [this](const ApiResult<Operator> &r) {
        if (!r.ok()) {
            showError(r.error());
            return;
        }
        emit changeApplied();
        reload();
    });
}

void OperatorsPage::remove(const QList<qint64> &ids)
{
    OperatorsClient(m_client).remove(ids, this, [this](const ApiResult<Done> &r) {
        if (!r.ok()) {
            showError(r.error());
            return;
        }
        emit changeApplied();
        reload();
    });
}

void OperatorsPage::openCreate()
{
    auto *dialog = new OperatorDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() { create(dialog->draft()); });
    dialog->open();
}

void OperatorsPage::openEdit()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const qint64 id = m_model->index(index.row(), 0).data().toLongLong();
    for (const Operator &op : std::as_const(m_operators)) {
        if (op.id != id)
            continue;
        auto *dialog = new OperatorDialog(op, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, id]() { update(id, dialog->draft()); });
        dialog->open();
        return;
    }
}

void OperatorsPage::removeSelected()
{
    QList<qint64> ids;
    QStringList logins;
    const auto rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        ids.append(m_model->index(index.row(), 0).data().toLongLong());
        logins.append(m_model->index(index.row(), 1).data().toString());
    }
    if (ids.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove operators"),
                                tr("Remove these operators: %1?").arg(logins.join(QStringLiteral(", "))),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, ids](int result) {
        if (result == QMessageBox::Yes)
            remove(ids);
    });
    box->open();
}

} // namespace mente::console
