// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kernel/Actor.h"
#include "shared/Clock.h"
#include "shared/Operator.h"
#include "shared/Result.h"

#include <QList>

namespace mente::box {

class AuditLog;
class Database;
class OperatorStore;
class PasswordHasher;
class SessionStore;

// Managing operators (F2): the rules (unique login, at least one enabled admin, soft removal
// that ends the operator's sessions) and the audit trail. Knows nothing of HTTP.
class OperatorService
{
public:
    OperatorService(Database &db, OperatorStore &operators, SessionStore &sessions, AuditLog &audit,
                    const PasswordHasher &hasher, const Clock &clock);

    // First start: the one admin "admin"/"admin", who must change the password before anything else.
    Status ensureDefaultAdmin();

    QList<Operator> list(bool includeRemoved) const;
    Result<Operator> get(qint64 id) const;
    Result<Operator> create(const Actor &actor, const OperatorDraft &draft);
    Result<Operator> update(const Actor &actor, qint64 id, const OperatorDraft &draft);
    // All or nothing: either every id is removed, or none is and the error names the bad one.
    Status remove(const Actor &actor, const QList<qint64> &ids, const QString &idsField = QStringLiteral("ids"));

private:
    Database &m_db;
    OperatorStore &m_operators;
    SessionStore &m_sessions;
    AuditLog &m_audit;
    const PasswordHasher &m_hasher;
    const Clock &m_clock;
};

} // namespace mente::box
