// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/CustomerClient.h"

namespace mente::console {

Result<Customer> CustomerClient::read(const QJsonObject &json)
{
    return Customer::fromAnswer(json);
}

QJsonObject CustomerClient::body(const Customer &customer)
{
    QJsonObject json = customer.toJson();
    json.remove(QStringLiteral("registered"));
    json.remove(QStringLiteral("registeredAt"));
    return json;
}

void CustomerClient::get(QObject *context, Then<Customer> done) const
{
    send<Customer>(
        to(api::RouteId::CustomerShow), {}, context, [](const ApiReply &r) { return read(r.object()); },
        std::move(done));
}

void CustomerClient::save(const Customer &customer, QObject *context, Then<Customer> done) const
{
    send<Customer>(
        to(api::RouteId::CustomerUpdate), body(customer), context,
        [customer](const ApiReply &r) { return r.object().isEmpty() ? Result<Customer>(customer) : read(r.object()); },
        std::move(done));
}

} // namespace mente::console
