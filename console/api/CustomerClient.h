// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiScope.h"
#include "shared/Customer.h"

namespace mente::console {

// The customer scope of a box's API (F4): the registration data and mail switches.
class CustomerClient : public ApiScope
{
public:
    using ApiScope::ApiScope;

    // Read as it is: a box not yet registered sends empty required fields (only types are checked).
    void get(QObject *context, Then<Customer> done) const;
    // Admin only; answers the customer as the box keeps it.
    void save(const Customer &customer, QObject *context, Then<Customer> done) const;

    static QJsonObject body(const Customer &customer); // what PUT /customer sends
    static Result<Customer> read(const QJsonObject &json);
};

} // namespace mente::console
