// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>

namespace mente::box {

// Counts failed logins per key (a login ID, or a client address) and locks the key for a
// while after too many in a row. A success clears the key.
class LoginThrottle
{
public:
    LoginThrottle(int maxFailures, int lockoutSeconds) : m_maxFailures(maxFailures), m_lockoutS(lockoutSeconds) {}

    // Seconds left on the key's lock; 0 when it may try.
    qint64 lockedFor(const QString &key, const QDateTime &now) const;
    void failure(const QString &key, const QDateTime &now);
    void success(const QString &key) { m_entries.remove(key); }

private:
    struct Entry
    {
        int failures = 0;
        QDateTime lastFailure;
        QDateTime lockedUntil;
    };
    int m_maxFailures;
    int m_lockoutS;
    QHash<QString, Entry> m_entries;
};

} // namespace mente::box
