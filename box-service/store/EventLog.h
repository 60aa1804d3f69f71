// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Event.h"
#include "shared/Result.h"

#include <QList>
#include <QObject>

namespace mente::box {

class Database;
class Clock;

// The numbered events of the box, stored; listeners (stream, mail, metrics) hear each new one.
class EventLog : public QObject
{
    Q_OBJECT
public:
    EventLog(Database &db, const Clock &clock, QObject *parent = nullptr);

    // Stores the event (seq and, when unset, time are filled in) and announces it.
    Result<Event> append(Event event);
    QList<Event> after(qint64 seq, int limit) const;
    qint64 lastSeq() const;

Q_SIGNALS:
    void appended(const mente::Event &event);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace mente::box
