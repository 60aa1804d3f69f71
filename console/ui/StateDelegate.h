// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace mente::console {

// Paints state cells (正常 / 異常 / -- / スキャン中) as coloured badges; other cells as usual.
class StateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // quietRole (optional): a bool role; when true a fault is drawn as an outline, not filled
    // (acknowledged or muted: still a fault, but one somebody already knows about).
    explicit StateDelegate(int stateRole, int quietRole = -1, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_stateRole;
    int m_quietRole;
};

} // namespace mente::console
