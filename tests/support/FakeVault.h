// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/SecretVault.h"

#include <QHash>

namespace mente::console {

// An in-memory vault for tests; answers on the next turn of the event loop like a keychain.
class FakeVault final : public SecretVault
{
public:
    void read(const QString &key, QObject *context, ReadDone done) override;
    void write(const QString &key, const QString &secret, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;

    bool contains(const QString &key) const { return m_secrets.contains(key); }
    QString peek(const QString &key) const { return m_secrets.value(key); }
    void put(const QString &key, const QString &secret) { m_secrets.insert(key, secret); }
    QStringList keys() const { return m_secrets.keys(); }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace mente::console
