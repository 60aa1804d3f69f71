// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QDateTime>
#include <QHash>

namespace mente::box {

class Database;

// The failed logins of one key (a login ID or a client address) and its lock.
struct LoginFailures
{
    int failures = 0;
    QDateTime lastFailure;
    QDateTime lockedUntil; // invalid: not locked
};

// The login throttle's counters, so a restart does not forget them (table login_failures).
// A key is stored only as its SHA-256 (keyHash): a password typed into the login field never
// lands on disk. Scope tells the throttles apart ("login", "address").
class LoginFailureStore
{
public:
    explicit LoginFailureStore(Database &db) : m_db(db) {}

    // Every row of the scope whose lock or failures still count at now.
    QHash<QString, LoginFailures> load(const QString &scope, const QDateTime &forgetBefore) const;
    Status put(const QString &scope, const QString &keyHash, const LoginFailures &entry);
    Status remove(const QString &scope, const QString &keyHash);
    // Drops the rows whose last failure is before forgetBefore and whose lock (if any) ended by now.
    Status prune(const QString &scope, const QDateTime &forgetBefore, const QDateTime &now);

private:
    Database &m_db;
};

} // namespace mente::box
