// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/OutboxStore.h"

#include "shared/TimeFormat.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace mente::box {

namespace {
QStringList recipientsOf(const QString &json)
{
    QStringList list;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        list << v.toString();
    return list;
}

const QString kColumns = QStringLiteral(
    "id, created_at, kind, language, recipients, subject, state, attempts, next_attempt_at, last_error, sent_at,"
    " event_seq, interrupted");

OutboxMail fromRow(const QSqlQuery &q)
{
    OutboxMail m;
    m.id = q.value(0).toLongLong();
    m.createdAt = fromIso(q.value(1).toString());
    m.kind = q.value(2).toString();
    m.language = q.value(3).toString();
    m.recipients = recipientsOf(q.value(4).toString());
    m.subject = q.value(5).toString();
    m.state = q.value(6).toString();
    m.attempts = q.value(7).toInt();
    m.nextAttemptAt = fromIso(q.value(8).toString());
    m.lastError = q.value(9).toString();
    m.sentAt = fromIso(q.value(10).toString());
    m.eventSeq = q.value(11).toLongLong();
    m.interruptedSends = q.value(12).toInt();
    return m;
}
} // namespace

Result<qint64> OutboxStore::insert(const NewMail &mail, const QDateTime &at)
{
    const QString now = toIso(at);
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO outbox(created_at, kind, language, mail_from, recipients, subject, message,"
                             " state, attempts, next_attempt_at, event_seq) VALUES(?,?,?,?,?,?,?,?,0,?,?)"));
    bind(q, now);
    bind(q, mail.kind);
    bind(q, mail.language);
    bind(q, mail.from);
    bind(q,
         QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(mail.recipients)).toJson(QJsonDocument::Compact)));
    bind(q, mail.subject);
    bind(q, QString::fromLatin1(mail.message));
    bind(q, Queued);
    bind(q, now);
    bind(q, mail.eventSeq > 0 ? QVariant(mail.eventSeq) : QVariant());
    if (const Status s = exec(q); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

QList<OutboxMail> OutboxStore::list(int limit, const QString &state) const
{
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("SELECT %1 FROM outbox WHERE (? = '' OR state = ?) ORDER BY id DESC LIMIT ?").arg(kColumns));
    bind(q, state);
    bind(q, state);
    bind(q, limit);
    QList<OutboxMail> mails;
    if (!q.exec())
        return mails;
    while (q.next())
        mails.append(fromRow(q));
    return mails;
}

std::optional<OutboxMail> OutboxStore::byId(qint64 id) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(kColumns));
    bind(q, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<OutboxStore::Claimed> OutboxStore::claimNextDue(const QDateTime &now)
{
    std::optional<Claimed> claimed;
    const Status s = m_db.transaction([&]() -> Status {
        QSqlQuery q = m_db.query();
        q.prepare(QStringLiteral("SELECT id, attempts, mail_from, recipients, message FROM outbox"
                                 " WHERE state = ? AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT 1"));
        bind(q, Queued);
        bind(q, toIso(now));
        if (const Status e = exec(q); !e)
            return e;
        if (!q.next())
            return success();
        Claimed c;
        c.id = q.value(0).toLongLong();
        c.attempts = q.value(1).toInt() + 1;
        c.from = q.value(2).toString();
        c.to = recipientsOf(q.value(3).toString());
        c.message = q.value(4).toString().toLatin1();
        QSqlQuery u = m_db.query();
        u.prepare(QStringLiteral("UPDATE outbox SET state = ?, attempts = ? WHERE id = ?"));
        bind(u, Sending);
        bind(u, c.attempts);
        bind(u, c.id);
        if (const Status e = exec(u); !e)
            return e;
        claimed = c;
        return success();
    });
    return s ? claimed : std::nullopt;
}

Status OutboxStore::markSent(qint64 id, const QDateTime &at)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, sent_at = ?, last_error = '' WHERE id = ?"));
    bind(q, Sent);
    bind(q, toIso(at));
    bind(q, id);
    return exec(q);
}

Status OutboxStore::markFailed(qint64 id, const QString &error, bool permanent, const QDateTime &nextAttempt,
                               bool mayHaveArrived)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, last_error = ?, next_attempt_at = ?,"
                             " interrupted = interrupted + ? WHERE id = ?"));
    bind(q, permanent ? Failed : Queued);
    bind(q, error.left(2000));
    bind(q, toIso(nextAttempt));
    bind(q, mayHaveArrived ? 1 : 0);
    bind(q, id);
    return exec(q);
}

Status OutboxStore::requeue(qint64 id, const QDateTime &due)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, next_attempt_at = ? WHERE id = ?"));
    bind(q, Queued);
    bind(q, toIso(due));
    bind(q, id);
    return exec(q);
}

Result<int> OutboxStore::requeueSending()
{
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("UPDATE outbox SET state = ?, interrupted = interrupted + 1, last_error = ? WHERE state = ?"));
    bind(q, Queued);
    bind(q, QStringLiteral("The box stopped while sending this mail; it may arrive twice."));
    bind(q, Sending);
    if (const Status s = exec(q); !s)
        return s.error();
    return q.numRowsAffected();
}

std::optional<QDateTime> OutboxStore::nextDueAt() const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT MIN(next_attempt_at) FROM outbox WHERE state = ?"));
    bind(q, Queued);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return fromIso(q.value(0).toString());
}

int OutboxStore::count(const QString &state) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = ?"));
    bind(q, state);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace mente::box
