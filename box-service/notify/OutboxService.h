// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kernel/Actor.h"
#include "shared/OutboxMail.h"
#include "shared/Result.h"

#include <QList>

namespace mente::box {

class AuditLog;
class Database;
class Outbox;

// What an administrator sees and does with the outbox (F9): the mails with their state, and a
// failed one sent again (audited). The message text and the SMTP settings never leave the box.
class OutboxService
{
public:
    OutboxService(Database &db, Outbox &outbox, AuditLog &audit) : m_db(db), m_outbox(outbox), m_audit(audit) {}

    // state: queued, sending, sent, failed-permanently or empty for all; another names "state".
    Result<QList<OutboxMail>> list(int limit, const QString &state) const;
    Result<OutboxMail> retry(const Actor &actor, qint64 id);

private:
    Database &m_db;
    Outbox &m_outbox;
    AuditLog &m_audit;
};

} // namespace mente::box
