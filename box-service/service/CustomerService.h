// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kernel/Actor.h"
#include "shared/Clock.h"
#include "shared/Customer.h"
#include "shared/Licence.h"
#include "shared/Result.h"

#include <QObject>

namespace mente::box {

class AuditLog;
class Database;
class MetaStore;
class RegistrationMailQueue;

// The customer's registration (F1 §7, F4) and the maintenance licence (F1 §8). The first
// successful save is the registration; a licence is accepted only after it. The mails both
// cause are queued in the same transaction (RegistrationMailQueue); listeners hear both after.
class CustomerService : public QObject
{
    Q_OBJECT
public:
    CustomerService(Database &db, MetaStore &meta, AuditLog &audit, const Clock &clock, QObject *parent = nullptr);

    // Where registration and licence mails are queued; none: no mails.
    void setMailQueue(RegistrationMailQueue *queue) { m_mailQueue = queue; }

    Customer customer() const; // empty when none is registered or it cannot be read (logged)
    Result<Customer> save(const Actor &actor, Customer customer);

    Licence licence() const;
    Result<Licence> registerLicence(const Actor &actor, const QString &normalisedKey);

Q_SIGNALS:
    void registered(const mente::Customer &customer);
    void licenceRegistered(const mente::Licence &licence);

private:
    // The stored customer, or the error when it could not be read: a save must not take a
    // failed read for "not registered yet" (a second registration mail, a new registration date).
    Result<Customer> stored() const;

    Database &m_db;
    MetaStore &m_meta;
    AuditLog &m_audit;
    const Clock &m_clock;
    RegistrationMailQueue *m_mailQueue = nullptr;
};

} // namespace mente::box
