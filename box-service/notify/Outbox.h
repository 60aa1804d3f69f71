// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/MailTransport.h"
#include "shared/Clock.h"
#include "shared/OutboxMail.h"
#include "shared/Result.h"
#include "store/OutboxStore.h"

#include <QList>
#include <QObject>

#include <optional>

namespace mente::box {

// The durable outbox (F9): every mail is a row (OutboxStore's), queued in the transaction of
// what caused it, and moves queued → sending → sent, or back to queued with a later attempt
// time, or to failed-permanently. Nothing leaves the table: a failed mail stays listed and can
// be retried. Tells the dispatcher when there is something to send.
class Outbox : public QObject
{
    Q_OBJECT
public:
    static inline const QString Queued = OutboxStore::Queued;
    static inline const QString Sending = OutboxStore::Sending;
    static inline const QString Sent = OutboxStore::Sent;
    static inline const QString Failed = OutboxStore::Failed;

    Outbox(Database &db, const Clock &clock, QObject *parent = nullptr);

    using NewMail = OutboxStore::NewMail;
    // Call inside the transaction of the cause; announces queued() once the event loop runs.
    Result<qint64> enqueue(const NewMail &mail);

    QList<OutboxMail> list(int limit, const QString &state = {}) const;
    std::optional<OutboxMail> byId(qint64 id) const;

    struct Claimed
    {
        qint64 id = 0;
        int attempts = 0; // including this one
        MailEnvelope envelope;
    };
    // The oldest queued mail that is due, marked sending with one more attempt.
    std::optional<Claimed> claimNextDue();
    Status markSent(qint64 id);
    Status markFailed(qint64 id, const QString &error, bool permanent, const QDateTime &nextAttempt,
                      bool mayHaveArrived);
    // Queues a failed or waiting mail for now; conflict when it is sent or being sent.
    Result<OutboxMail> retry(qint64 id);
    // After a restart: mails that were being sent go back to the queue, each send counted as
    // interrupted (they may arrive twice, never zero times).
    Result<int> requeueInterrupted();
    std::optional<QDateTime> nextDueAt() const;
    int count(const QString &state) const;

Q_SIGNALS:
    void queued();

private:
    OutboxStore m_store;
    const Clock &m_clock;
};

} // namespace mente::box
