// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiScope.h"
#include "shared/Operator.h"

namespace mente::console {

// The operators scope of a box's API (F2, admin only: 403 otherwise).
class OperatorsClient : public ApiScope
{
public:
    using ApiScope::ApiScope;

    // The box's operators, removed ones included (Operator::removed()).
    void list(QObject *context, Then<QList<Operator>> done) const;
    void create(const OperatorDraft &draft, QObject *context, Then<Operator> done) const;
    void update(qint64 id, const OperatorDraft &draft, QObject *context, Then<Operator> done) const;
    void remove(const QList<qint64> &ids, QObject *context, Then<Done> done) const;
};

} // namespace mente::console
