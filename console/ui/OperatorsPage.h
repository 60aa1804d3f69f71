// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Operator.h"

#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace mente::console {

class BoxClient;

// The operators of one box (F2, admins only): list, create, edit, remove several at once.
class OperatorsPage : public QWidget
{
    Q_OBJECT
public:
    OperatorsPage(BoxClient *client, QWidget *parent = nullptr);

    void reload();
    void create(const OperatorDraft &draft);
    void update(qint64 id, const OperatorDraft &draft);
    void remove(const QList<qint64> &ids);
    const QList<Operator> &operators() const { return m_operators; }
    QTableView *view() const { return m_view; }

    bool hasLoaded() const { return m_loaded; }

signals:
    void loaded();
    void forbidden();
    void changeApplied();
    void requestFailed(const mente::Error &error);

private:
    void openCreate();
    void openEdit();
    void removeSelected();
    void showError(const Error &error);

    BoxClient *m_client;
    QList<Operator> m_operators;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QLabel *m_message;
    bool m_loaded = false;
};

} // namespace mente::console
