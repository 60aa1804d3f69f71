// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Customer.h"
#include "shared/Licence.h"
#include "shared/Result.h"

namespace mente::box {

// Queues the mails that a customer's registration or a licence's registration causes.
// CustomerService calls it inside the transaction that saves the registration, so the data and
// its mails are stored together or not at all.
class RegistrationMailQueue
{
public:
    virtual ~RegistrationMailQueue() = default;
    virtual Status queueRegistered(const Customer &customer) = 0;
    virtual Status queueLicenceRegistered(const Customer &customer, const Licence &licence) = 0;
};

} // namespace mente::box
