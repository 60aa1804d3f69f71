// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/OperatorsClient.h"

namespace mente::console {

void OperatorsClient::list(QObject *context, Then<QList<Operator>> done) const
{
    send<QList<Operator>>(to(api::RouteId::OperatorList), {}, context, &ApiScope::list<Operator>, std::move(done));
}

void OperatorsClient::create(const OperatorDraft &draft, QObject *context, Then<Operator> done) const
{
    send<Operator>(to(api::RouteId::OperatorCreate), draft.toJson(), context, &ApiScope::one<Operator>,
                   std::move(done));
}

void OperatorsClient::update(qint64 id, const OperatorDraft &draft, QObject *context, Then<Operator> done) const
{
    send<Operator>(to(api::RouteId::OperatorUpdate, id), draft.toJson(), context, &ApiScope::one<Operator>,
                   std::move(done));
}

void OperatorsClient::remove(const QList<qint64> &ids, QObject *context, Then<Done> done) const
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    send<Done>(to(api::RouteId::OperatorsDelete), QJsonObject{{QStringLiteral("ids"), array}}, context,
               &ApiScope::nothing, std::move(done));
}

} // namespace mente::console
