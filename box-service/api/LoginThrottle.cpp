// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/LoginThrottle.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace mente::box {

LoginThrottle::LoginThrottle(int maxFailures, int lockoutSeconds, LoginFailureStore &store, const QString &scope,
                             const QDateTime &now, const QByteArray &hashKey)
    : m_maxFailures(maxFailures), m_lockoutS(lockoutSeconds), m_store(store), m_scope(scope), m_hashKey(hashKey)
{
    const QDateTime forgetBefore = now.addSecs(-m_lockoutS);
    m_store.prune(m_scope, forgetBefore, now);
    m_entries = m_store.load(m_scope, forgetBefore);
}

QString LoginThrottle::hashKey(const QString &key) const
{
    if (m_hashKey.isEmpty())
        return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(key.toUtf8(), m_hashKey, QCryptographicHash::Sha256).toHex());
}

bool LoginThrottle::stale(const LoginFailures &e, const QDateTime &now) const
{
    return e.lastFailure.secsTo(now) > m_lockoutS && (!e.lockedUntil.isValid() || e.lockedUntil <= now);
}

qint64 LoginThrottle::lockedFor(const QString &key, const QDateTime &now) const
{
    const auto it = m_entries.constFind(hashKey(key));
    if (it == m_entries.constEnd() || !it->lockedUntil.isValid() || it->lockedUntil <= now)
        return 0;
    return qMax<qint64>(1, (now.msecsTo(it->lockedUntil) + 999) / 1000);
}

void LoginThrottle::failure(const QString &key, const QDateTime &now)
{
    const QString hash = hashKey(key);
    LoginFailures &e = m_entries[hash];
    // Failures older than a lockout period are forgotten; an expired lock starts a new count.
    if ((e.lastFailure.isValid() && e.lastFailure.secsTo(now) > m_lockoutS)
        || (e.lockedUntil.isValid() && e.lockedUntil <= now)) {
        e = LoginFailures{};
    }
    ++e.failures;
    e.lastFailure = now;
    if (e.failures >= m_maxFailures)
        e.lockedUntil = now.addSecs(m_lockoutS);
    m_store.put(m_scope, hash, e); // a failed write is logged by the store; the lock holds in memory
    // Keep the table small: drop stale entries now and then.
    if (m_entries.size() > 10000) {
        m_entries.removeIf([&](const auto &it) { return stale(it.value(), now); });
        m_store.prune(m_scope, now.addSecs(-m_lockoutS), now);
    }
}

void LoginThrottle::success(const QString &key)
{
    const QString hash = hashKey(key);
    if (m_entries.remove(hash) > 0)
        m_store.remove(m_scope, hash);
}

} // namespace mente::box
