// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/OutboxService.h"

#include "notify/Outbox.h"
#include "store/AuditLog.h"
#include "store/Database.h"

namespace mente::box {

Result<QList<OutboxMail>> OutboxService::list(int limit, const QString &state) const
{
    if (!state.isEmpty() && state != Outbox::Queued && state != Outbox::Sending && state != Outbox::Sent
        && state != Outbox::Failed)
        return Error::validation(QStringLiteral("state"),
                                 QStringLiteral("state must be queued, sending, sent or failed-permanently."));
    return m_outbox.list(limit, state);
}

Result<OutboxMail> OutboxService::retry(const Actor &actor, qint64 id)
{
    if (id <= 0)
        return Error{QStringLiteral("not_found"), QStringLiteral("No such mail."), {}};
    Result<OutboxMail> retried = Error{};
    const Status s = m_db.transaction([&]() -> Status {
        retried = m_outbox.retry(id);
        if (!retried)
            return retried.error();
        return m_audit.record({actor.op.id, actor.op.login, actor.address, QStringLiteral("outbox.retry"),
                               QString::number(id), retried->subject});
    });
    if (!s)
        return s.error();
    return retried;
}

} // namespace mente::box
