// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/Outbox.h"

#include "shared/Clock.h"

#include <QTimer>

namespace mente::box {

Outbox::Outbox(Database &db, const Clock &clock, QObject *parent) : QObject(parent), m_store(db), m_clock(clock) {}

Result<qint64> Outbox::enqueue(const NewMail &mail)
{
    auto id = m_store.insert(mail, m_clock.now());
    if (!id)
        return id;
    // After the caller's transaction has committed (or rolled back: then the dispatcher finds nothing).
    QTimer::singleShot(0, this, [this] { Q_EMIT queued(); });
    return id;
}

QList<OutboxMail> Outbox::list(int limit, const QString &state) const
{
    return m_store.list(limit, state);
}

std::optional<OutboxMail> Outbox::byId(qint64 id) const
{
    return m_store.byId(id);
}

std::optional<Outbox::Claimed> Outbox::claimNextDue()
{
    const auto row = m_store.claimNextDue(m_clock.now());
    if (!row)
        return std::nullopt;
    return Claimed{row->id, row->attempts, MailEnvelope{row->from, row->to, row->message}};
}

Status Outbox::markSent(qint64 id)
{
    return m_store.markSent(id, m_clock.now());
}

Status Outbox::markFailed(qint64 id, const QString &error, bool permanent, const QDateTime &nextAttempt,
                          bool mayHaveArrived)
{
    return m_store.markFailed(id, error, permanent, nextAttempt, mayHaveArrived);
}

Result<OutboxMail> Outbox::retry(qint64 id)
{
    const auto mail = byId(id);
    if (!mail)
        return Error{QStringLiteral("not_found"), QStringLiteral("No such mail in the outbox."), QStringLiteral("id")};
    if (mail->state == Sent || mail->state == Sending)
        return Error{
            QStringLiteral("conflict"),
            QStringLiteral("The mail is %1 already; only a queued or failed mail can be retried.").arg(mail->state),
            QStringLiteral("state")};
    if (const Status s = m_store.requeue(id, m_clock.now()); !s)
        return s.error();
    QTimer::singleShot(0, this, [this] { Q_EMIT queued(); });
    return *byId(id);
}

Result<int> Outbox::requeueInterrupted()
{
    return m_store.requeueSending();
}

std::optional<QDateTime> Outbox::nextDueAt() const
{
    return m_store.nextDueAt();
}

int Outbox::count(const QString &state) const
{
    return m_store.count(state);
}

} // namespace mente::box
