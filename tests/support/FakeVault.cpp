// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/FakeVault.h"

#include <QTimer>

namespace mente::console {

void FakeVault::read(const QString &key, QObject *context, ReadDone done)
{
    Result<QString> result =
        m_secrets.contains(key)
            ? Result<QString>(m_secrets.value(key))
            : Result<QString>(Error{QStringLiteral("not_found"), QStringLiteral("No secret stored."), key});
    QTimer::singleShot(0, context, [done = std::move(done), result]() { done(result); });
}

void FakeVault::write(const QString &key, const QString &secret, QObject *context, Done done)
{
    m_secrets.insert(key, secret);
    QTimer::singleShot(0, context, [done = std::move(done)]() { done(success()); });
}

void FakeVault::remove(const QString &key, QObject *context, Done done)
{
    m_secrets.remove(key);
    QTimer::singleShot(0, context, [done = std::move(done)]() { done(success()); });
}

} // namespace mente::console
