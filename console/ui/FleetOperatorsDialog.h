// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Operator.h"

#include <QDialog>

class QLineEdit;
class QTableWidget;

namespace mente::console {

class FleetController;

// Creates an operator on every box of the fleet at once, or removes a login ID from every box,
// with one result line per box.
class FleetOperatorsDialog : public QDialog
{
    Q_OBJECT
public:
    FleetOperatorsDialog(FleetController *controller, QWidget *parent = nullptr);

    void createEverywhere(const OperatorDraft &draft);
    void removeEverywhere(const QString &login);
    QTableWidget *results() const { return m_results; }

signals:
    void allAnswered();

private:
    int resultRow(qint64 boxId);
    void setResult(qint64 boxId, bool ok, const QString &text);

    FleetController *m_controller;
    QLineEdit *m_login;
    QTableWidget *m_results;
    int m_pending = 0;
};

} // namespace mente::console
