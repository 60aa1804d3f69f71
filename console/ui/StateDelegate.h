// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace mente::console {

// Paints state cells (正常 / 異常 / -- / スキャン中) as coloured badges; other cells as usual.
class StateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit StateDelegate(int stateRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_stateRole;
};

} // namespace mente::console
