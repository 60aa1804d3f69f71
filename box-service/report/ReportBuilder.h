// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/AvailabilityTimeline.h"
#include "report/ReportPeriod.h"
#include "shared/Event.h"
#include "shared/Report.h"
#include "store/ReportQueries.h"

#include <QHash>

namespace mente::box {

class BoxRunLog;
class Database;

// Turns the stored history into one month's report (F10): the state events of every device,
// port, the box's network and the VPN, the maintenance windows (mute events), the switching on
// and off of monitoring (monitor events), acknowledgements, the box's runs, discovery, scans and
// the outbox. Reads only; the caller stores the result.
class ReportBuilder
{
public:
    ReportBuilder(const Database &db, const BoxRunLog &runs) : m_queries(db), m_runs(runs) {}

    struct Request
    {
        QDate month;
        int reportDay = 31;
        QTimeZone zone;
        QDateTime now;
        QString company;
        QString serial;
    };
    MonthlyReport build(const Request &request) const;

private:
    struct Key
    {
        QString kind;
        qint64 id = 0;
        friend bool operator==(const Key &a, const Key &b) { return a.kind == b.kind && a.id == b.id; }
        friend size_t qHash(const Key &k, size_t seed = 0) { return ::qHash(k.kind, seed) ^ ::qHash(k.id, seed); }
    };
    struct MuteSpan
    {
        QString kind;
        qint64 targetId = 0;
        TimeSpan span;
    };
    struct History
    {
        std::optional<Event> before;       // the last state event before the month
        std::optional<bool> monitorBefore; // the last monitor switch before the month
        QList<Event> changes;              // state events in the month
        QList<Event> switches;             // monitor events in the month
        QList<Event> acks;
    };

    QHash<Key, History> histories(const QDateTime &start, const QDateTime &end) const;
    QList<MuteSpan> muteSpans(const QDateTime &end) const;
    QList<TimeSpan> countedSpans(const Key &key, const History &h, const QDateTime &start, const QDateTime &end) const;
    QList<ReportFault> faultsOf(const Key &key, const QString &label, const History &h, const QDateTime &start,
                                const QDateTime &end) const;
    QString labelOf(const Key &key, const History &h) const;
    qint64 deviceOf(const Key &key, const History &h) const;
    QList<Key> monitoredNow() const;
    bool exists(const Key &key) const;
    void addDeviceChangesScansAndMails(MonthlyReport &report, const QDateTime &start, const QDateTime &end) const;

    ReportQueries m_queries;
    const BoxRunLog &m_runs;
};

} // namespace mente::box
