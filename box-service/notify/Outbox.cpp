// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/Outbox.h"

#include "shared/Clock.h"
#include "shared/TimeFormat.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QVariant>

namespace mente::box {

namespace {
const QString kColumns = QStringLiteral(
    "id, created_at, kind, language, recipients, subject, state, attempts, next_attempt_at, last_error, sent_at,"
    " event_seq");

OutboxMail fromRow(const QSqlQuery &q)
{
    OutboxMail m;
    m.id = q.value(0).toLongLong();
    m.createdAt = fromIso(q.value(1).toString());
    m.kind = q.value(2).toString();
    m.language = q.value(3).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array())
        m.recipients << v.toString();
    m.subject = q.value(5).toString();
    m.state = q.value(6).toString();
    m.attempts = q.value(7).toInt();
    m.nextAttemptAt = fromIso(q.value(8).toString());
    m.lastError = q.value(9).toString();
    m.sentAt = fromIso(q.value(10).toString());
    m.eventSeq = q.value(11).toLongLong();
    return m;
}
} // namespace

Outbox::Outbox(Database &db, const Clock &clock, QObject *parent) : QObject(parent), m_db(db), m_clock(clock) {}

Result<qint64> Outbox::enqueue(const NewMail &mail)
{
    const QString now = toIso(m_clock.now());
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO outbox(created_at, kind, language, mail_from, recipients, subject, message,"
                             " state, attempts, next_attempt_at, event_seq) VALUES(?,?,?,?,?,?,?,?,0,?,?)"));
    bind(q, now);
    bind(q, mail.kind);
    bind(q, mail.language);
    bind(q, mail.from);
    bind(q, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(mail.recipients)).toJson(QJsonDocument::Compact)));
    bind(q, mail.subject);
    bind(q, QString::fromLatin1(mail.message));
    bind(q, Queued);
    bind(q, now);
    bind(q, mail.eventSeq > 0 ? QVariant(mail.eventSeq) : QVariant());
    if (const Status s = exec(q); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    // After the caller's transaction has committed (or rolled back: then the dispatcher finds nothing).
    QTimer::singleShot(0, this, [this] { Q_EMIT queued(); });
    return id;
}

QList<OutboxMail> Outbox::list(int limit, const QString &state) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE (? = '' OR state = ?) ORDER BY id DESC LIMIT ?").arg(kColumns));
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

std::optional<OutboxMail> Outbox::byId(qint64 id) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(kColumns));
    bind(q, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<Outbox::Claimed> Outbox::claimNextDue()
{
    std::optional<Claimed> claimed;
    const Status s = m_db.transaction([&]() -> Status {
        QSqlQuery q = m_db.query();
        q.prepare(QStringLiteral("SELECT id, attempts, mail_from, recipients, message FROM outbox"
                                 " WHERE state = ? AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT 1"));
        bind(q, Queued);
        bind(q, toIso(m_clock.now()));
        if (const Status e = exec(q); !e)
            return e;
        if (!q.next())
            return success();
        Claimed c;
        c.id = q.value(0).toLongLong();
        c.attempts = q.value(1).toInt() + 1;
        c.envelope.from = q.value(2).toString();
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array())
            c.envelope.to << v.toString();
        c.envelope.message = q.value(4).toString().toLatin1();
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

Status Outbox::markSent(qint64 id)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, sent_at = ?, last_error = '' WHERE id = ?"));
    bind(q, Sent);
    bind(q, toIso(m_clock.now()));
    bind(q, id);
    return exec(q);
}

Status Outbox::markFailed(qint64 id, const QString &error, bool permanent, const QDateTime &nextAttempt)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, last_error = ?, next_attempt_at = ? WHERE id = ?"));
    bind(q, permanent ? Failed : Queued);
    bind(q, error.left(2000));
    bind(q, toIso(nextAttempt));
    bind(q, id);
    return exec(q);
}

Result<OutboxMail> Outbox::retry(qint64 id)
{
    const auto mail = byId(id);
    if (!mail)
        return Error{QStringLiteral("not_found"), QStringLiteral("No such mail in the outbox."), QStringLiteral("id")};
    if (mail->state == Sent || mail->state == Sending)
        return Error{QStringLiteral("conflict"),
                     QStringLiteral("The mail is %1 already; only a queued or failed mail can be retried.").arg(mail->state),
                     QStringLiteral("state")};
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, next_attempt_at = ? WHERE id = ?"));
    bind(q, Queued);
    bind(q, toIso(m_clock.now()));
    bind(q, id);
    if (const Status s = exec(q); !s)
        return s.error();
    QTimer::singleShot(0, this, [this] { Q_EMIT queued(); });
    return *byId(id);
}

Result<int> Outbox::requeueInterrupted()
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE outbox SET state = ? WHERE state = ?"));
    bind(q, Queued);
    bind(q, Sending);
    if (const Status s = exec(q); !s)
        return s.error();
    return q.numRowsAffected();
}

std::optional<QDateTime> Outbox::nextDueAt() const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT MIN(next_attempt_at) FROM outbox WHERE state = ?"));
    bind(q, Queued);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return fromIso(q.value(0).toString());
}

int Outbox::count(const QString &state) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = ?"));
    bind(q, state);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace mente::box
