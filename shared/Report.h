// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace mente {

// Availability of one monitored target over a report's month (F10): the shares of the counted
// time it was ok, in fault, unknown (no result, or the box was not running) and muted
// (maintenance window), each to 0.01 % (0.0001 of the whole).
struct ReportTarget
{
    QString kind; // "device", "port", "box" (the box's own network), "vpn"
    qint64 id = 0;
    QString label;             // "192.168.1.10 (nas)", "192.168.1.10:22/SSH", …
    qint64 countedSeconds = 0; // the part of the month the target was switched on
    double ok = 0;
    double fault = 0;
    double unknown = 0;
    double muted = 0;

    QJsonObject toJson() const;
    static Result<ReportTarget> fromJson(const QJsonObject &json, const QString &prefix = {});
};

// One fault of a device, port, the box's network or the VPN, or a time the box was not running.
struct ReportFault
{
    QString kind; // as ReportTarget::kind, plus "box-down" (the box itself was not running)
    qint64 id = 0;
    QString label;
    QDateTime start;
    QDateTime end; // invalid: still open when the report was built
    qint64 durationSeconds = 0;
    QString cause;
    QString acknowledgedBy; // login of the operator who acknowledged it; empty: nobody

    bool open() const { return !end.isValid(); }
    QJsonObject toJson() const;
    static Result<ReportFault> fromJson(const QJsonObject &json, const QString &prefix = {});
};

// A device discovery found for the first time or missed until it was called gone.
struct ReportDeviceChange
{
    qint64 deviceId = 0;
    QString ip;
    QString mac;
    QDateTime at;

    QJsonObject toJson() const;
    static Result<ReportDeviceChange> fromJson(const QJsonObject &json, const QString &prefix = {});
};

struct ReportScan
{
    qint64 id = 0;
    QString ip;
    QString state;
    QDateTime startedAt;
    int openPorts = 0;

    QJsonObject toJson() const;
    static Result<ReportScan> fromJson(const QJsonObject &json, const QString &prefix = {});
};

// GET /reports/{id}: the monthly report as the box built and keeps it.
struct MonthlyReport
{
    qint64 id = 0;
    QDate month;    // the first day of the report's month
    QDateTime from; // the month's start and end as the box's time zone and report day make them
    QDateTime to;
    QDateTime coveredUntil; // `to`, or the build time of a partial report
    QString timeZone;
    int reportDay = 31;
    bool partial = false; // the current month, built "so far"
    bool empty = false;   // the month ended before the box existed: nothing to report
    bool rebuilt = false; // replaced an earlier build of the same month
    QDateTime builtAt;
    QDateTime sentAt; // the last time it was queued for mailing; invalid: never
    QString company;
    QString serial;
    QList<ReportTarget> targets;
    QList<ReportFault> faults;  // devices and ports
    QList<ReportFault> outages; // the box's network, the VPN, the box not running
    QList<ReportDeviceChange> devicesAppeared;
    QList<ReportDeviceChange> devicesGone;
    QList<ReportScan> scans;
    QHash<QString, int> mailsSent; // outbox kind → mails sent in the month

    QString monthText() const { return month.toString(QStringLiteral("yyyy-MM")); }
    QJsonObject toJson() const;
    static Result<MonthlyReport> fromJson(const QJsonObject &json);
};

// One row of GET /reports.
struct ReportSummary
{
    qint64 id = 0;
    QDate month;
    bool partial = false;
    bool empty = false;
    bool rebuilt = false;
    QDateTime builtAt;
    QDateTime sentAt;
    int targets = 0;
    int faults = 0;
    std::optional<double> ok; // the mean ok share of the devices and ports; none without any

    static ReportSummary of(const MonthlyReport &report);
    QJsonObject toJson() const;
    static Result<ReportSummary> fromJson(const QJsonObject &json);
};

// "2026-10" → the first of that month; errors name the field.
Result<QDate> reportMonthFromText(const QString &text, const QString &field = QStringLiteral("month"));
// The body of POST /reports {"month":"2026-10"}: the month, not checked against today.
Result<QDate> reportMonthFromJson(const QJsonObject &json);
// A share rounded to 0.01 % (4 decimals of the whole).
double roundShare(double share);

} // namespace mente
