// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "launch/SshKeyPair.h"
#include "shared/Result.h"

#include <QObject>

#include <functional>

namespace mente::console {

class BoxClient;
class SecretVault;

// The console's own SSH key for tunnels: made at first use, the private half in the vault, the
// public half uploaded to a box for the operator who is logged in there (POST
// /operators/{id}/ssh-keys) unless the box already lists it.
class ConsoleSshKey : public QObject
{
    Q_OBJECT
public:
    using Ready = std::function<void(const Result<SshKeyPair> &)>;

    explicit ConsoleSshKey(SecretVault *vault, QObject *parent = nullptr);

    static QString vaultKey() { return QStringLiteral("console/ssh-key"); }

    void load(QObject *context, Ready done);                              // from the vault, made if missing
    void ensureUploaded(BoxClient *client, QObject *context, Ready done); // load + upload when missing

private:
    SecretVault *m_vault;
    SshKeyPair m_key;
};

} // namespace mente::console
