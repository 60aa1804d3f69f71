// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kernel/TimeSpan.h"
#include "shared/Result.h"

#include <QDateTime>
#include <QList>

namespace mente::box {

class Database;

// When the box ran (box_runs): a row per start, its last sign of life (a heartbeat) and its
// clean stop. A crash or a power cut leaves no stop; the last heartbeat ends that run.
class BoxRunLog
{
public:
    explicit BoxRunLog(Database &db) : m_db(db) {}

    Status begin(const QDateTime &at); // a new run starts now
    Status alive(const QDateTime &at); // the current run is still going
    Status end(const QDateTime &at);   // the current run stops cleanly

    // The times the box was not running between `from` and `to`, clipped to them (the time
    // before its first run is not a gap: the box did not exist yet).
    QList<TimeSpan> gaps(const QDateTime &from, const QDateTime &to) const;
    // The first moment the box is known to have existed: its first run or first event.
    QDateTime firstSeen() const;

private:
    Database &m_db;
    qint64 m_current = 0;
};

} // namespace mente::box
