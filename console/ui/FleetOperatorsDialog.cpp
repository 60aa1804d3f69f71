// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FleetOperatorsDialog.h"

#include "api/OperatorsClient.h"
#include "fleet/BoxLink.h"
#include "fleet/Fleet.h"
#include "fleet/FleetController.h"
#include "ui/OperatorDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mente::console {

FleetOperatorsDialog::FleetOperatorsDialog(FleetController *controller, QWidget *parent)
    : QDialog(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("fleetOperatorsDialog"));
    setWindowTitle(tr("Operators on every box"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *create = new QPushButton(tr("Create on every box…"), this);
    m_login = new QLineEdit(this);
    m_login->setPlaceholderText(tr("Login ID"));
    auto *remove = new QPushButton(tr("Remove from every box"), this);
    row->addWidget(create);
    row->addStretch();
    row->addWidget(new QLabel(tr("Login ID:"), this));
    row->addWidget(m_login);
    row->addWidget(remove);
    layout->addLayout(row);
    m_results = new QTableWidget(0, 2, this);
    m_results->setHorizontalHeaderLabels({tr("Box"), tr("Result")});
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_results, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(create, &QPushButton::clicked, this, [this]() {
        auto *dialog = new OperatorDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog]() { createEverywhere(dialog->draft()); });
        dialog->open();
    });
    connect(remove, &QPushButton::clicked, this, [this]() { removeEverywhere(m_login->text().trimmed()); });
    resize(640, 400);
}

int FleetOperatorsDialog::resultRow(qint64 boxId)
{
    for (int r = 0; r < m_results->rowCount(); ++r)
        if (m_results->item(r, 0)->data(Qt::UserRole).toLongLong() == boxId)
            return r;
    const int r = m_results->rowCount();
    m_results->insertRow(r);
    const FleetEntry *e = m_controller->fleet()->find(boxId);
    QString name = e ? (e->status.serial.isEmpty() ? e->record.url : e->status.serial) : QString::number(boxId);
    if (e && !e->status.customerName.isEmpty())
        name += QStringLiteral(" (%1)").arg(e->status.customerName);
    auto *item = new QTableWidgetItem(name);
    item->setData(Qt::UserRole, boxId);
    m_results->setItem(r, 0, item);
    m_results->setItem(r, 1, new QTableWidgetItem(tr("working…")));
    return r;
}

void FleetOperatorsDialog::setResult(qint64 boxId, bool ok, const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setForeground(ok ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
    m_results->setItem(resultRow(boxId), 1, item);
    if (--m_pending == 0)
        emit allAnswered();
}

void FleetOperatorsDialog::createEverywhere(const OperatorDraft &draft)
{
    m_results->setRowCount(0);
    const auto links = m_controller->links();
    m_pending = int(links.size());
    for (BoxLink *link : links) {
        const qint64 id = link->boxId();
        resultRow(id);
        OperatorsClient(link->client()).create(draft, this, [this, id](const ApiResult<Operator> &r) {
            setResult(id, r.ok(), r.ok() ? tr("created") : r.error().message);
        });
    }
}

void FleetOperatorsDialog::removeEverywhere(const QString &login)
{
    if (login.isEmpty())
        return;
    m_results->setRowCount(0);
    const auto links = m_controller->links();
    m_pending = int(links.size());
    for (BoxLink *link : links) {
        const qint64 id = link->boxId();
        resultRow(id);
        const OperatorsClient operators(link->client());
        operators.list(this, [this, id, operators, login](const ApiResult<QList<Operator>> &r) {
            if (!r.ok()) {
                setResult(id, false, r.error().message);
                return;
            }
            QList<qint64> ids;
            for (const Operator &op : r.value())
                if (op.login == login && !op.removed())
                    ids.append(op.id);
            if (ids.isEmpty()) {
                setResult(id, true, tr("no such operator"));
                return;
            }
            operators.remove(ids, this, [this, id](const ApiResult<Done> &d) {
                setResult(id, d.ok(), d.ok() ? tr("removed") : d.error().message);
            });
        });
    }
}

} // namespace mente::console
