// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Clock.h"
#include "shared/Event.h"
#include "shared/Result.h"

#include <QList>
#include <QObject>

#include <functional>

class QSqlQuery;

namespace mente::box {

class Database;

// The numbered events of the box, stored; listeners (stream, mail, metrics) hear each new one.
class EventLog : public QObject
{
    Q_OBJECT
public:
    EventLog(Database &db, const Clock &clock, QObject *parent = nullptr);

    // The event of a row selected as "seq, at, kind, target_id, from_state, to_state, cause, detail".
    static Event fromRow(const QSqlQuery &row);

    // Something that must happen in the same transaction as the event (e.g. queueing the mail it
    // causes). Called inside append(); a failure fails the append (and its transaction).
    using Writer = std::function<Status(const Event &)>;
    void addWriter(Writer writer) { m_writers.append(std::move(writer)); }

    // Stores the event (seq and, when unset, time are filled in), runs the writers, and
    // announces it. Call it inside Database::transaction() with the state change it records.
    Result<Event> append(Event event);
    // The events after `seq`, oldest first; an error when the SQL fails (never "none" then).
    Result<QList<Event>> after(qint64 seq, int limit) const;
    qint64 lastSeq() const;

Q_SIGNALS:
    void appended(const mente::Event &event);

private:
    Database &m_db;
    const Clock &m_clock;
    QList<Writer> m_writers;
};

} // namespace mente::box
