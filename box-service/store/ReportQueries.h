// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Event.h"
#include "shared/Report.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>
#include <utility>

namespace mente::box {

class Database;

// What the monthly report (F10) reads of the stored history: events, devices and ports as they
// are now, scans and sent mails. Reads only; every table has its own writer.
class ReportQueries
{
public:
    explicit ReportQueries(const Database &db) : m_db(db) {}

    // The last event of each target of these kinds before `at`.
    QList<Event> lastOfEachTargetBefore(const QStringList &kinds, const QDateTime &at) const;
    // The last monitor switch of each target (device or port, by its detail) before `at`.
    QList<Event> lastMonitorSwitchesBefore(const QDateTime &at) const;
    QList<Event> eventsBetween(const QStringList &kinds, const QDateTime &from, const QDateTime &to) const;
    QList<Event> eventsBefore(const QString &kind, const QDateTime &at) const;

    struct TargetLabel
    {
        QString ip;
        QString name; // its name, else its host name
        int port = 0;
        QString protocol;
    };
    // A device ("device") or port ("port") as it is called now; none when it was removed.
    std::optional<TargetLabel> labelOf(const QString &kind, qint64 id) const;
    std::optional<qint64> deviceOfPort(qint64 portId) const;
    bool exists(const QString &kind, qint64 id) const;
    QList<std::pair<QString, qint64>> monitoredTargets() const; // ("device" or "port", id)

    QList<ReportScan> scansStartedBetween(const QDateTime &from, const QDateTime &to) const;
    QList<std::pair<QString, int>> mailsSentBetween(const QDateTime &from, const QDateTime &to) const; // by kind

private:
    QList<Event> events(const QString &where, const QList<QVariant> &values) const;

    const Database &m_db;
};

} // namespace mente::box
