// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/LoginFailureStore.h"

#include <QDateTime>
#include <QHash>

namespace mente::box {

// Counts failed logins per key (a login ID, or a client address) and locks the key for a
// while after too many in a row. A success clears the key. Every change is written through to
// the store and the counters are read back at start, so a restart neither forgets a lock nor
// gives an attacker a fresh count. Keys are kept as their keyed hash (HMAC-SHA-256) only.
class LoginThrottle
{
public:
    LoginThrottle(int maxFailures, int lockoutSeconds, LoginFailureStore &store, const QString &scope,
                  const QDateTime &now, const QByteArray &hashKey = {});

    // Seconds left on the key's lock; 0 when it may try.
    qint64 lockedFor(const QString &key, const QDateTime &now) const;
    void failure(const QString &key, const QDateTime &now);
    void success(const QString &key);

private:
    QString hashKey(const QString &key) const;
    bool stale(const LoginFailures &e, const QDateTime &now) const;

    int m_maxFailures;
    int m_lockoutS;
    LoginFailureStore &m_store;
    QString m_scope;
    QByteArray m_hashKey;
    QHash<QString, LoginFailures> m_entries; // by hashKey: the store's live rows of this scope
};

} // namespace mente::box
