// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportService.h"

#include "report/ReportBuilder.h"
#include "report/ReportLogging.h"
#include "report/ReportMailer.h"
#include "shared/Clock.h"
#include "store/BoxRunLog.h"
#include "store/Database.h"
#include "store/EventLog.h"
#include "store/ReportStore.h"

namespace mente::box {

ReportService::ReportService(Database &db, ReportStore &store, BoxRunLog &runs, ReportMailer &mailer, EventLog &events,
                             std::function<Customer()> customer, std::function<QString()> serial, const Clock &clock,
                             ReportSettings settings, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_store(store)
    , m_runs(runs)
    , m_mailer(mailer)
    , m_events(events)
    , m_customer(std::move(customer))
    , m_serial(std::move(serial))
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_zone(m_settings.timeZone.toLatin1())
{
    connect(&m_check, &QTimer::timeout, this, [this] {
        if (const Status s = tick(); !s)
            qCWarning(lcReport) << "scheduled report:" << s.error().message;
    });
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        if (const Status s = m_runs.alive(m_clock.now()); !s)
            qCWarning(lcReport) << "cannot note that the box runs:" << s.error().message;
    });
}

ReportService::~ReportService()
{
    stop();
}

int ReportService::reportDay() const
{
    return m_customer().reportDay;
}

Result<MonthlyReport> ReportService::build(const QDate &month)
{
    const QDateTime now = m_clock.now();
    const ReportPeriod period = ReportPeriod::of(month, reportDay(), m_zone);
    if (period.start > now)
        return Error::validation(
            QStringLiteral("month"),
            QStringLiteral("month %1 has not begun yet.").arg(period.month.toString(QStringLiteral("yyyy-MM"))));
    if (m_building)
        return Error{QStringLiteral("conflict"), QStringLiteral("A report is being built; try again in a moment."), {}};
    m_building = true;
    const Customer customer = m_customer();
    const MonthlyReport built =
        ReportBuilder(m_db, m_runs)
            .build({period.month, customer.reportDay, m_zone, now, customer.company, m_serial()});
    Result<MonthlyReport> saved = Error{};
    const Status s = m_db.transaction([&]() -> Status {
        saved = m_store.save(built);
        if (!saved)
            return saved.error();
        Event e;
        e.kind = QStringLiteral("report");
        e.id = saved->id;
        e.to = saved->rebuilt ? QStringLiteral("rebuilt") : QStringLiteral("built");
        e.detail = ReportSummary::of(saved.value()).toJson();
        const auto appended = m_events.append(e);
        return appended ? success() : Status(appended.error());
    });
    m_building = false;
    if (!s)
        return s.error();
    qCInfo(lcReport).noquote() << "report" << saved->monthText() << (saved->rebuilt ? "rebuilt" : "built")
                               << (saved->partial ? "(partial)" : "") << saved->targets.size() << "targets"
                               << saved->faults.size() << "faults";
    return saved;
}

Status ReportService::mail(MonthlyReport &report)
{
    const QDateTime now = m_clock.now();
    return m_db.transaction([&]() -> Status {
        const auto queued = m_mailer.queue(report);
        if (!queued)
            return queued.error();
        if (!queued->licensed)
            qCWarning(lcReport).noquote() << "report" << report.monthText()
                                          << "not mailed: the licence is not valid; its recipients are told why";
        report.sentAt = now;
        return m_store.markSent(report.id, now);
    });
}

Result<MonthlyReport> ReportService::send(qint64 id)
{
    auto report = m_store.byId(id);
    if (!report)
        return Error{QStringLiteral("not_found"), QStringLiteral("No such report."), {}};
    if (const Status s = mail(*report); !s)
        return s.error();
    return *report;
}

void ReportService::buildAndMail(const QDate &month)
{
    auto report = build(month);
    if (!report) {
        qCWarning(lcReport) << "cannot build the report:" << report.error().message;
        return;
    }
    if (const Status s = mail(report.value()); !s)
        qCWarning(lcReport) << "cannot mail the report:" << s.error().message;
}

Status ReportService::tick()
{
    const QDateTime now = m_clock.now();
    const ReportPeriod last = ReportPeriod::lastEnded(now, reportDay(), m_zone);
    const QDateTime firstSeen = m_runs.firstSeen();
    if (!firstSeen.isValid() || firstSeen >= last.end)
        return success(); // the box did not exist in that month: nothing to tell
    const auto kept = m_store.byMonth(last.month);
    if (kept && !kept->partial)
        return success(); // built once and kept
    buildAndMail(last.month);
    return success();
}

void ReportService::start()
{
    if (m_running)
        return;
    if (const Status s = m_runs.begin(m_clock.now()); !s)
        qCWarning(lcReport) << "cannot note the start of the box:" << s.error().message;
    m_running = true;
    m_heartbeat.start(m_settings.heartbeatS * 1000);
    m_check.start(m_settings.checkS * 1000);
    QTimer::singleShot(0, this, [this] { tick(); }); // a report day that passed while the box was down
    if (m_settings.testBuildAfterS > 0)
        QTimer::singleShot(m_settings.testBuildAfterS * 1000, this, [this] {
            buildAndMail(ReportPeriod::containing(m_clock.now(), reportDay(), m_zone).month);
        });
}

void ReportService::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_check.stop();
    m_heartbeat.stop();
    if (const Status s = m_runs.end(m_clock.now()); !s)
        qCWarning(lcReport) << "cannot note the stop of the box:" << s.error().message;
}

} // namespace mente::box
