// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/LoginThrottle.h"

namespace mente::box {

qint64 LoginThrottle::lockedFor(const QString &key, const QDateTime &now) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd() || !it->lockedUntil.isValid() || it->lockedUntil <= now)
        return 0;
    return qMax<qint64>(1, (now.msecsTo(it->lockedUntil) + 999) / 1000);
}

void LoginThrottle::failure(const QString &key, const QDateTime &now)
{
    Entry &e = m_entries[key];
    // Failures older than a lockout period are forgotten; an expired lock starts a new count.
    if ((e.lastFailure.isValid() && e.lastFailure.secsTo(now) > m_lockoutS)
        || (e.lockedUntil.isValid() && e.lockedUntil <= now)) {
        e = Entry{};
    }
    ++e.failures;
    e.lastFailure = now;
    if (e.failures >= m_maxFailures)
        e.lockedUntil = now.addSecs(m_lockoutS);
    // Keep the table small: drop stale entries now and then.
    if (m_entries.size() > 10000) {
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            if (it->lastFailure.secsTo(now) > m_lockoutS && (!it->lockedUntil.isValid() || it->lockedUntil <= now))
                it = m_entries.erase(it);
            else
                ++it;
        }
    }
}

} // namespace mente::box
