// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/SshKeyService.h"

#include "shared/Clock.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/OperatorStore.h"
#include "store/SshKeyStore.h"

namespace mente::box {

SshKeyService::SshKeyService(Database &db, OperatorStore &operators, SshKeyStore &keys, AuditLog &audit,
                             const Clock &clock)
    : m_db(db), m_operators(operators), m_keys(keys), m_audit(audit), m_clock(clock)
{}

Status SshKeyService::mayManage(const Actor &actor, qint64 operatorId) const
{
    if (!actor.op.admin && actor.op.id != operatorId)
        return Error{QStringLiteral("forbidden"),
                     QStringLiteral("Only an administrator manages another operator's SSH keys."),
                     {}};
    const auto read = m_operators.byId(operatorId);
    if (!read)
        return read.error();
    const std::optional<StoredOperator> &stored = read.value();
    if (!stored || stored->op.removed())
        return Error{QStringLiteral("not_found"), QStringLiteral("No operator has id %1.").arg(operatorId), {}};
    return success();
}

Result<QList<SshKey>> SshKeyService::list(const Actor &actor, qint64 operatorId) const
{
    if (const Status s = mayManage(actor, operatorId); !s)
        return s.error();
    return m_keys.list(operatorId);
}

Result<SshKey> SshKeyService::add(const Actor &actor, qint64 operatorId, const SshPublicKey &key)
{
    if (const Status s = mayManage(actor, operatorId); !s)
        return s.error();
    if (const auto existing = m_keys.byFingerprint(key.fingerprint()))
        return Error{QStringLiteral("conflict"),
                     existing->operatorId == operatorId
                         ? QStringLiteral("This key (%1) is uploaded already.").arg(key.fingerprint())
                         : QStringLiteral("This key (%1) belongs to another operator.").arg(key.fingerprint()),
                     QStringLiteral("key")};
    Result<SshKey> stored = Error{};
    const Status s = m_db.transaction([&]() -> Status {
        stored = m_keys.insert(operatorId, key, m_clock.now());
        if (!stored)
            return stored.error();
        return m_audit.record({actor.op.id, actor.op.login, actor.address, QStringLiteral("ssh-key.add"),
                               QStringLiteral("operator %1").arg(operatorId),
                               QStringLiteral("%1 %2 %3").arg(key.type, key.fingerprint(), key.comment).trimmed()});
    });
    if (!s)
        return s.error();
    return stored;
}

Status SshKeyService::remove(const Actor &actor, qint64 operatorId, qint64 keyId)
{
    if (const Status s = mayManage(actor, operatorId); !s)
        return s;
    const auto key = m_keys.byId(operatorId, keyId);
    if (!key)
        return Error{QStringLiteral("not_found"),
                     QStringLiteral("Operator %1 has no SSH key with id %2.").arg(operatorId).arg(keyId),
                     {}};
    return m_db.transaction([&]() -> Status {
        if (const Status r = m_keys.remove(keyId); !r)
            return r;
        return m_audit.record({actor.op.id, actor.op.login, actor.address, QStringLiteral("ssh-key.remove"),
                               QStringLiteral("operator %1").arg(operatorId),
                               QStringLiteral("%1 %2").arg(key->type, key->fingerprint)});
    });
}

} // namespace mente::box
