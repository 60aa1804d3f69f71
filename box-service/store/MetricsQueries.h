// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace mente::box {

class Database;

// The counters GET /metrics (F15) reads of the store: events, scans, LAN sweeps and the
// outbox. Reads only; every table has its own writer.
class MetricsQueries
{
public:
    explicit MetricsQueries(const Database &db) : m_db(db) {}

    qint64 lastEventSeq() const;
    QList<std::pair<QString, qint64>> eventsByKind() const; // sorted by kind
    QList<std::pair<QString, qint64>> scansByState() const;
    qint64 discoveryRuns() const;                         // every sweep on record
    qint64 outboxWaiting() const;                         // neither sent nor failed for good
    std::optional<QDateTime> outboxOldestWaiting() const; // created_at of the oldest queued or sending mail
    qint64 outboxFailed() const;

private:
    qint64 scalar(const QString &sql) const;
    QList<std::pair<QString, qint64>> counts(const QString &sql) const;

    const Database &m_db;
};

} // namespace mente::box
