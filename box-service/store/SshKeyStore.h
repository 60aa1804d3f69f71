// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"
#include "shared/SshKey.h"

#include <QList>

#include <optional>

namespace mente::box {

class Database;

// The operators' SSH public keys (table ssh_keys) for the tunnel endpoint.
class SshKeyStore
{
public:
    explicit SshKeyStore(Database &db) : m_db(db) {}

    QList<SshKey> list(qint64 operatorId) const;
    std::optional<SshKey> byId(qint64 operatorId, qint64 keyId) const;
    // The key with this fingerprint, of any operator.
    std::optional<SshKey> byFingerprint(const QString &fingerprint) const;
    Result<SshKey> insert(qint64 operatorId, const SshPublicKey &key, const QDateTime &at);
    Status remove(qint64 keyId);

private:
    Database &m_db;
};

} // namespace mente::box
