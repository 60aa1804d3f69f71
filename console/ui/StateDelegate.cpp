// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/StateDelegate.h"

#include "fleet/StateText.h"

#include <QApplication>
#include <QPainter>

namespace mente::console {

StateDelegate::StateDelegate(int stateRole, int quietRole, QObject *parent)
    : QStyledItemDelegate(parent), m_stateRole(stateRole), m_quietRole(quietRole)
{}

void StateDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant stateValue = index.data(m_stateRole);
    if (!stateValue.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const auto state = HealthState(stateValue.toInt());
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QColor color = stateColor(state);
    const QRect badge = option.rect.adjusted(4, 3, -4, -3);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool quiet = m_quietRole >= 0 && index.data(m_quietRole).toBool();
    if (state == HealthState::Fault && quiet) {
        painter->setPen(QPen(color, 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(badge, 4, 4);
        painter->setPen(color);
    } else if (state == HealthState::Fault || state == HealthState::Ok) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRoundedRect(badge, 4, 4);
        painter->setPen(Qt::white);
    } else {
        painter->setPen(color);
    }
    QFont font = opt.font;
    font.setBold(state == HealthState::Fault);
    painter->setFont(font);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace mente::console
