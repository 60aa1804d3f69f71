// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/OutboxMail.h"
#include "shared/Result.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace mente::box {

class Database;

// The outbox table (F9): one row per mail and recipient, with its finished MIME text. Its
// states: queued → sending → sent, or back to queued with a later attempt time, or
// failed-permanently. Rows are never deleted. The rules of when a mail moves are Outbox's.
// "sending" is stored before the SMTP conversation starts and "sent" after the server took the
// mail, so a send cut short is seen: `interrupted` counts the sends that may have delivered the
// mail without the box knowing (a stop while sending, a failure after the text went out).
class OutboxStore
{
public:
    static inline const QString Queued = QStringLiteral("queued");
    static inline const QString Sending = QStringLiteral("sending");
    static inline const QString Sent = QStringLiteral("sent");
    static inline const QString Failed = QStringLiteral("failed-permanently");

    explicit OutboxStore(Database &db) : m_db(db) {}

    struct NewMail
    {
        QString kind;
        QString language;
        QString from;
        QStringList recipients;
        QString subject;
        QByteArray message; // the finished MIME text
        qint64 eventSeq = 0;
    };
    Result<qint64> insert(const NewMail &mail, const QDateTime &now); // queued, due now

    QList<OutboxMail> list(int limit, const QString &state = {}) const; // the newest first
    std::optional<OutboxMail> byId(qint64 id) const;

    struct Claimed
    {
        qint64 id = 0;
        int attempts = 0; // including this one
        QString from;
        QStringList to;
        QByteArray message;
    };
    // The oldest queued mail due at `now`, marked sending with one more attempt.
    std::optional<Claimed> claimNextDue(const QDateTime &now);
    Status markSent(qint64 id, const QDateTime &at);
    // mayHaveArrived: the text went out before the failure (counted as interrupted).
    Status markFailed(qint64 id, const QString &error, bool permanent, const QDateTime &nextAttempt,
                      bool mayHaveArrived);
    Status requeue(qint64 id, const QDateTime &due);
    Result<int> requeueSending(); // every mail being sent back to the queue, counted interrupted; how many
    std::optional<QDateTime> nextDueAt() const;
    int count(const QString &state) const;

private:
    Database &m_db;
};

} // namespace mente::box
