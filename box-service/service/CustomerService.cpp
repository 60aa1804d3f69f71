// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/CustomerService.h"

#include "notify/RegistrationMailQueue.h"
#include "shared/Clock.h"
#include "shared/TimeFormat.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/MetaStore.h"

namespace mente::box {

namespace {
const QString kCustomerKey = QStringLiteral("customer");
const QString kLicenceKey = QStringLiteral("licence");
} // namespace

CustomerService::CustomerService(Database &db, MetaStore &meta, AuditLog &audit, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_meta(meta), m_audit(audit), m_clock(clock)
{
}

Result<Customer> CustomerService::stored() const
{
    const auto object = m_meta.readObject(kCustomerKey);
    if (!object)
        return object.error();
    if (object->isEmpty())
        return Customer{};
    auto parsed = Customer::fromJson(object.value());
    return parsed ? parsed.value() : Customer{};
}

Customer CustomerService::customer() const
{
    auto s = stored();
    return s ? std::move(s).value() : Customer{};
}

Result<Customer> CustomerService::save(const Actor &actor, Customer customer)
{
    const auto read = stored();
    if (!read)
        return read.error();
    const Customer &before = read.value();
    const bool firstRegistration = !before.registered();
    customer.registeredAt = firstRegistration ? m_clock.now() : before.registeredAt;
    const Status s = m_db.transaction([&]() -> Status {
        if (const Status w = m_meta.setObject(kCustomerKey, customer.toJson()); !w)
            return w;
        if (const Status a = m_audit.record({actor.op.id, actor.op.login, actor.address,
                                             firstRegistration ? QStringLiteral("customer.register")
                                                               : QStringLiteral("customer.update"),
                                             customer.subdomain, customer.company});
            !a)
            return a;
        if (firstRegistration && m_mailQueue)
            return m_mailQueue->queueRegistered(customer);
        return success();
    });
    if (!s)
        return s.error();
    if (firstRegistration)
        Q_EMIT registered(customer);
    return customer;
}

Licence CustomerService::licence() const
{
    auto parsed = Licence::fromJson(m_meta.object(kLicenceKey));
    return parsed ? parsed.value() : Licence{};
}

Result<Licence> CustomerService::registerLicence(const Actor &actor, const QString &normalisedKey)
{
    const auto current = stored();
    if (!current)
        return current.error();
    if (!current->registered())
        return Error{QStringLiteral("not_registered"),
                     QStringLiteral("Register the customer first: a licence is accepted only after registration."),
                     QStringLiteral("key")};
    const QDateTime now = m_clock.now();
    Licence licence = Licence::startingOn(normalisedKey, now.date());
    licence.registeredAt = now;
    QJsonObject record = licence.toJson(now.date());
    const Status s = m_db.transaction([&]() -> Status {
        if (const Status w = m_meta.setObject(kLicenceKey, record); !w)
            return w;
        if (const Status a = m_audit.record({actor.op.id, actor.op.login, actor.address,
                                             QStringLiteral("licence.register"), normalisedKey.left(4) + QStringLiteral("-…"),
                                             licence.endDate.toString(Qt::ISODate)});
            !a)
            return a;
        if (m_mailQueue)
            return m_mailQueue->queueLicenceRegistered(current.value(), licence);
        return success();
    });
    if (!s)
        return s.error();
    Q_EMIT licenceRegistered(licence);
    return licence;
}

} // namespace mente::box
