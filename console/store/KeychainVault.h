// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/SecretVault.h"

namespace mente::console {

// The OS keychain through QtKeychain (Windows Credential Manager, Secret Service on Linux).
class KeychainVault final : public SecretVault
{
public:
    explicit KeychainVault(QString service = QStringLiteral("mente-console"));

    void read(const QString &key, QObject *context, ReadDone done) override;
    void write(const QString &key, const QString &secret, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;

private:
    QString m_service;
};

} // namespace mente::console
