// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/FleetFilterProxy.h"

#include "fleet/FleetModel.h"
#include "shared/HealthState.h"

namespace mente::console {

FleetFilterProxy::FleetFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(FleetModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void FleetFilterProxy::setText(const QString &text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void FleetFilterProxy::setStateFilter(StateFilter filter)
{
    if (filter == m_state)
        return;
    m_state = filter;
    invalidateRowsFilter();
}

bool FleetFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const QAbstractItemModel *m = sourceModel();
    if (m_state != StateFilter::All) {
        const auto worst = HealthState(m->data(m->index(sourceRow, 0), FleetModel::WorstStateRole).toInt());
        const bool match =
            (m_state == StateFilter::Faults && worst == HealthState::Fault)
            || (m_state == StateFilter::Ok && worst == HealthState::Ok)
            || (m_state == StateFilter::Unknown && (worst == HealthState::Unknown || worst == HealthState::Scanning));
        if (!match)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (const int column : {int(FleetModel::Serial), int(FleetModel::Customer), int(FleetModel::Subdomain)})
        if (m->data(m->index(sourceRow, column)).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

bool FleetFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(FleetModel::SortRole);
    const QVariant r = right.data(FleetModel::SortRole);
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString)
        return QString::compare(l.toString(), r.toString(), Qt::CaseInsensitive) < 0;
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace mente::console
