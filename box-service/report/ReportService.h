// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportPeriod.h"
#include "report/ReportSettings.h"
#include "shared/Clock.h"
#include "shared/Customer.h"
#include "shared/Report.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace mente::box {

class BoxRunLog;
class Database;
class EventLog;
class ReportMailer;
class ReportStore;

// The monthly reports (F10): builds a month's report from the store and keeps it, on the
// customer's report day by itself (and mails it) or when asked; re-sends a kept one. Also keeps
// the record of the box's own runs (box_runs) the reports count restart gaps from.
class ReportService : public QObject
{
    Q_OBJECT
public:
    ReportService(Database &db, ReportStore &store, BoxRunLog &runs, ReportMailer &mailer, EventLog &events,
                  std::function<Customer()> customer, std::function<QString()> serial, const Clock &clock,
                  ReportSettings settings, QObject *parent = nullptr);
    ~ReportService() override;

    // Builds (or rebuilds, replacing it) the month's report: a past month whole, the current one
    // up to now and marked partial. A future month is a validation error naming "month"; a
    // build while another is running is a conflict.
    Result<MonthlyReport> build(const QDate &month);
    // Queues the kept report's mails (the licence decides which mail) and notes when.
    Result<MonthlyReport> send(qint64 id);
    // The schedule: builds and mails the report of the month that has just ended, once.
    Status tick();

    void start(); // notes this run of the box, starts the schedule and the heartbeat
    void stop();  // notes the clean stop

    QTimeZone zone() const { return m_zone; }
    int reportDay() const;

private:
    Status mail(MonthlyReport &report);
    void buildAndMail(const QDate &month);

    Database &m_db;
    ReportStore &m_store;
    BoxRunLog &m_runs;
    ReportMailer &m_mailer;
    EventLog &m_events;
    std::function<Customer()> m_customer;
    std::function<QString()> m_serial;
    const Clock &m_clock;
    ReportSettings m_settings;
    QTimeZone m_zone;
    bool m_building = false;
    bool m_running = false;
    QTimer m_check;
    QTimer m_heartbeat;
};

} // namespace mente::box
