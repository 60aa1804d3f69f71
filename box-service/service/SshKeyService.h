// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kernel/Actor.h"
#include "shared/Clock.h"
#include "shared/Result.h"
#include "shared/SshKey.h"

#include <QList>

namespace mente::box {

class AuditLog;
class Database;
class OperatorStore;
class SshKeyStore;

// The operators' SSH keys for the tunnel endpoint (issue 10): an operator manages their own
// keys, an administrator anyone's; a key is unique across operators; every change is audited.
class SshKeyService
{
public:
    SshKeyService(Database &db, OperatorStore &operators, SshKeyStore &keys, AuditLog &audit, const Clock &clock);

    Result<QList<SshKey>> list(const Actor &actor, qint64 operatorId) const;
    Result<SshKey> add(const Actor &actor, qint64 operatorId, const SshPublicKey &key);
    Status remove(const Actor &actor, qint64 operatorId, qint64 keyId);
    // forbidden for someone else's keys (unless admin), not_found for no such operator. The
    // calls above check it too; a route checks it first so that a bad body does not hide a 403.
    Status mayManage(const Actor &actor, qint64 operatorId) const;

private:
    Database &m_db;
    OperatorStore &m_operators;
    SshKeyStore &m_keys;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace mente::box
