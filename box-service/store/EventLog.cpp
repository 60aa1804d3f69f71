// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/EventLog.h"

#include "shared/Clock.h"
#include "shared/TimeFormat.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace mente::box {

EventLog::EventLog(Database &db, const Clock &clock, QObject *parent) : QObject(parent), m_db(db), m_clock(clock) {}

Result<Event> EventLog::append(Event event)
{
    if (!event.at.isValid())
        event.at = m_clock.now();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
        "INSERT INTO events(at, kind, target_id, from_state, to_state, cause, detail) VALUES(?,?,?,?,?,?,?)"));
    bind(q, toIso(event.at));
    bind(q, event.kind);
    bind(q, event.id);
    bind(q, event.from);
    bind(q, event.to);
    bind(q, event.cause);
    bind(q, event.detail.isEmpty() ? QString()
                                   : QString::fromUtf8(QJsonDocument(event.detail).toJson(QJsonDocument::Compact)));
    if (const Status s = exec(q); !s)
        return s.error();
    event.seq = q.lastInsertId().toLongLong();
    for (const Writer &writer : m_writers)
        if (const Status w = writer(event); !w)
            return w.error();
    Q_EMIT appended(event);
    return event;
}

Result<QList<Event>> EventLog::after(qint64 seq, int limit) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT seq, at, kind, target_id, from_state, to_state, cause, detail FROM events"
                             " WHERE seq > ? ORDER BY seq LIMIT ?"));
    bind(q, seq);
    bind(q, limit);
    QList<Event> events;
    if (!q.exec())
        return sqlError(q);
    while (q.next())
        events.append(fromRow(q));
    return events;
}

Event EventLog::fromRow(const QSqlQuery &q)
{
    Event e;
    e.seq = q.value(0).toLongLong();
    e.at = fromIso(q.value(1).toString());
    e.kind = q.value(2).toString();
    e.id = q.value(3).toLongLong();
    e.from = q.value(4).toString();
    e.to = q.value(5).toString();
    e.cause = q.value(6).toString();
    e.detail = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    return e;
}

qint64 EventLog::lastSeq() const
{
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace mente::box
