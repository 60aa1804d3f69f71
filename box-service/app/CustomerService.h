// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/Actor.h"
#include "shared/Customer.h"
#include "shared/Licence.h"
#include "shared/Result.h"

#include <QObject>

namespace mente::box {

class AuditLog;
class Clock;
class Database;
class MetaStore;

// The customer's registration (F1 §7, F4) and the maintenance licence (F1 §8). The first
// successful save is the registration; a licence is accepted only after it. Listeners (the
// mailer) hear both.
class CustomerService : public QObject
{
    Q_OBJECT
public:
    CustomerService(Database &db, MetaStore &meta, AuditLog &audit, const Clock &clock, QObject *parent = nullptr);

    Customer customer() const;
    Result<Customer> save(const Actor &actor, Customer customer);

    Licence licence() const;
    Result<Licence> registerLicence(const Actor &actor, const QString &normalisedKey);

Q_SIGNALS:
    void registered(const mente::Customer &customer);
    void licenceRegistered(const mente::Licence &licence);

private:
    Database &m_db;
    MetaStore &m_meta;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace mente::box
