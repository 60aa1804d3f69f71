// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/Report.h"

#include "shared/JsonList.h"
#include "shared/JsonReader.h"
#include "shared/TimeFormat.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace mente {

namespace {
constexpr qint64 kMaxId = std::numeric_limits<qint64>::max() / 2;
constexpr qint64 kMaxSeconds = 400LL * 86400;

QString k(const char *name)
{
    return QString::fromLatin1(name);
}

// A time field: required ones must be valid ISO times, optional ones may be null or absent.
QDateTime readTime(JsonReader &r, const QJsonObject &json, const QString &key, bool required)
{
    const QJsonValue v = json.value(key);
    if (!required && (v.isNull() || v.isUndefined()))
        return {};
    const QDateTime t = fromIso(v.toString());
    if (!t.isValid())
        r.fail(key, QStringLiteral("%1 must be a time like 2026-11-25T10:00:00Z.").arg(r.fieldName(key)));
    return t;
}

double readShare(JsonReader &r, const QJsonObject &json, const QString &key)
{
    const QJsonValue v = json.value(key);
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1) {
        r.fail(key, QStringLiteral("%1 must be a share between 0 and 1.").arg(r.fieldName(key)));
        return 0;
    }
    return v.toDouble();
}

} // namespace

double roundShare(double share)
{
    return std::round(share * 10000.0) / 10000.0;
}

QJsonObject ReportTarget::toJson() const
{
    return {{k("kind"), kind}, {k("id"), id},       {k("label"), label},     {k("countedSeconds"), countedSeconds},
            {k("ok"), ok},     {k("fault"), fault}, {k("unknown"), unknown}, {k("muted"), muted}};
}

Result<ReportTarget> ReportTarget::fromJson(const QJsonObject &json, const QString &prefix)
{
    JsonReader r(json, prefix);
    ReportTarget t;
    t.kind = r.string(k("kind"), JsonReader::Required, 16);
    t.id = r.integer(k("id"), JsonReader::Optional, 0, kMaxId);
    t.label = r.string(k("label"), JsonReader::Optional, 300);
    t.countedSeconds = r.integer(k("countedSeconds"), JsonReader::Optional, 0, kMaxSeconds);
    t.ok = readShare(r, json, k("ok"));
    t.fault = readShare(r, json, k("fault"));
    t.unknown = readShare(r, json, k("unknown"));
    t.muted = readShare(r, json, k("muted"));
    if (!r.ok())
        return r.error();
    return t;
}

QJsonObject ReportFault::toJson() const
{
    return {{k("kind"), kind},
            {k("id"), id},
            {k("label"), label},
            {k("start"), toIsoOrNull(start)},
            {k("end"), toIsoOrNull(end)},
            {k("open"), open()},
            {k("durationSeconds"), durationSeconds},
            {k("cause"), cause},
            {k("acknowledgedBy"), acknowledgedBy.isEmpty() ? QJsonValue() : QJsonValue(acknowledgedBy)}};
}

Result<ReportFault> ReportFault::fromJson(const QJsonObject &json, const QString &prefix)
{
    JsonReader r(json, prefix);
    ReportFault f;
    f.kind = r.string(k("kind"), JsonReader::Required, 16);
    f.id = r.integer(k("id"), JsonReader::Optional, 0, kMaxId);
    f.label = r.string(k("label"), JsonReader::Optional, 300);
    f.start = readTime(r, json, k("start"), true);
    f.end = readTime(r, json, k("end"), false);
    f.durationSeconds = r.integer(k("durationSeconds"), JsonReader::Optional, 0, kMaxSeconds * 100);
    f.cause = r.string(k("cause"), JsonReader::Optional, 500);
    f.acknowledgedBy = r.optionalString(k("acknowledgedBy"), 100).value_or(QString());
    if (!r.ok())
        return r.error();
    return f;
}

QJsonObject ReportDeviceChange::toJson() const
{
    return {{k("deviceId"), deviceId}, {k("ip"), ip}, {k("mac"), mac}, {k("at"), toIsoOrNull(at)}};
}

Result<ReportDeviceChange> ReportDeviceChange::fromJson(const QJsonObject &json, const QString &prefix)
{
    JsonReader r(json, prefix);
    ReportDeviceChange d;
    d.deviceId = r.integer(k("deviceId"), JsonReader::Optional, 0, kMaxId);
    d.ip = r.string(k("ip"), JsonReader::Optional, 64);
    d.mac = r.string(k("mac"), JsonReader::Optional, 32);
    d.at = readTime(r, json, k("at"), true);
    if (!r.ok())
        return r.error();
    return d;
}

QJsonObject ReportScan::toJson() const
{
    return {{k("id"), id},
            {k("ip"), ip},
            {k("state"), state},
            {k("startedAt"), toIsoOrNull(startedAt)},
            {k("openPorts"), openPorts}};
}

Result<ReportScan> ReportScan::fromJson(const QJsonObject &json, const QString &prefix)
{
    JsonReader r(json, prefix);
    ReportScan s;
    s.id = r.integer(k("id"), JsonReader::Optional, 0, kMaxId);
    s.ip = r.string(k("ip"), JsonReader::Optional, 64);
    s.state = r.string(k("state"), JsonReader::Optional, 32);
    s.startedAt = readTime(r, json, k("startedAt"), true);
    s.openPorts = int(r.integer(k("openPorts"), JsonReader::Optional, 0, 65535));
    if (!r.ok())
        return r.error();
    return s;
}

QJsonObject MonthlyReport::toJson() const
{
    QJsonObject mails;
    for (auto it = mailsSent.cbegin(); it != mailsSent.cend(); ++it)
        mails.insert(it.key(), it.value());
    return {{k("id"), id},
            {k("month"), monthText()},
            {k("from"), toIsoOrNull(from)},
            {k("to"), toIsoOrNull(to)},
            {k("coveredUntil"), toIsoOrNull(coveredUntil)},
            {k("timeZone"), timeZone},
            {k("reportDay"), reportDay},
            {k("partial"), partial},
            {k("empty"), empty},
            {k("rebuilt"), rebuilt},
            {k("builtAt"), toIsoOrNull(builtAt)},
            {k("sentAt"), toIsoOrNull(sentAt)},
            {k("company"), company},
            {k("serial"), serial},
            {k("targets"), toJsonArray(targets)},
            {k("faults"), toJsonArray(faults)},
            {k("outages"), toJsonArray(outages)},
            {k("devicesAppeared"), toJsonArray(devicesAppeared)},
            {k("devicesGone"), toJsonArray(devicesGone)},
            {k("scans"), toJsonArray(scans)},
            {k("mailsSent"), mails}};
}

Result<MonthlyReport> MonthlyReport::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    MonthlyReport m;
    m.id = r.integer(k("id"), JsonReader::Optional, 0, kMaxId);
    const QString month = r.string(k("month"), JsonReader::Required, 7);
    m.from = readTime(r, json, k("from"), true);
    m.to = readTime(r, json, k("to"), true);
    m.coveredUntil = readTime(r, json, k("coveredUntil"), false);
    m.timeZone = r.string(k("timeZone"), JsonReader::Optional, 64);
    m.reportDay = int(r.integer(k("reportDay"), JsonReader::Optional, 1, 31, 31));
    m.partial = r.boolean(k("partial"), JsonReader::Optional);
    m.empty = r.boolean(k("empty"), JsonReader::Optional);
    m.rebuilt = r.boolean(k("rebuilt"), JsonReader::Optional);
    m.builtAt = readTime(r, json, k("builtAt"), false);
    m.sentAt = readTime(r, json, k("sentAt"), false);
    m.company = r.string(k("company"), JsonReader::Optional, 300);
    m.serial = r.string(k("serial"), JsonReader::Optional, 64);
    if (!r.ok())
        return r.error();
    const auto parsedMonth = reportMonthFromText(month);
    if (!parsedMonth)
        return parsedMonth.error();
    m.month = parsedMonth.value();
    auto targets = readObjectList<ReportTarget>(json, k("targets"));
    if (!targets)
        return targets.error();
    m.targets = targets.value();
    for (const char *key : {"faults", "outages"}) {
        auto faults = readObjectList<ReportFault>(json, k(key));
        if (!faults)
            return faults.error();
        (qstrcmp(key, "faults") == 0 ? m.faults : m.outages) = faults.value();
    }
    for (const char *key : {"devicesAppeared", "devicesGone"}) {
        auto changes = readObjectList<ReportDeviceChange>(json, k(key));
        if (!changes)
            return changes.error();
        (qstrcmp(key, "devicesAppeared") == 0 ? m.devicesAppeared : m.devicesGone) = changes.value();
    }
    auto scans = readObjectList<ReportScan>(json, k("scans"));
    if (!scans)
        return scans.error();
    m.scans = scans.value();
    const QJsonObject mails = json.value(k("mailsSent")).toObject();
    for (auto it = mails.begin(); it != mails.end(); ++it) {
        if (!it.value().isDouble() || it.value().toInteger(-1) < 0)
            return Error::validation(QStringLiteral("mailsSent.") + it.key(),
                                     QStringLiteral("mailsSent.%1 must be a count.").arg(it.key()));
        m.mailsSent.insert(it.key(), int(it.value().toInteger()));
    }
    return m;
}

ReportSummary ReportSummary::of(const MonthlyReport &report)
{
    ReportSummary s;
    s.id = report.id;
    s.month = report.month;
    s.partial = report.partial;
    s.empty = report.empty;
    s.rebuilt = report.rebuilt;
    s.builtAt = report.builtAt;
    s.sentAt = report.sentAt;
    s.faults = int(report.faults.size());
    double sum = 0;
    int counted = 0;
    for (const ReportTarget &t : report.targets) {
        if (t.kind != QLatin1String("device") && t.kind != QLatin1String("port"))
            continue;
        ++s.targets;
        sum += t.ok;
        ++counted;
    }
    if (counted > 0)
        s.ok = roundShare(sum / counted);
    return s;
}

QJsonObject ReportSummary::toJson() const
{
    return {{k("id"), id},
            {k("month"), month.toString(QStringLiteral("yyyy-MM"))},
            {k("partial"), partial},
            {k("empty"), empty},
            {k("rebuilt"), rebuilt},
            {k("builtAt"), toIsoOrNull(builtAt)},
            {k("sentAt"), toIsoOrNull(sentAt)},
            {k("targets"), targets},
            {k("faults"), faults},
            {k("ok"), ok ? QJsonValue(*ok) : QJsonValue()}};
}

Result<ReportSummary> ReportSummary::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    ReportSummary s;
    s.id = r.integer(k("id"), JsonReader::Required, 1, kMaxId);
    const QString month = r.string(k("month"), JsonReader::Required, 7);
    s.partial = r.boolean(k("partial"), JsonReader::Optional);
    s.empty = r.boolean(k("empty"), JsonReader::Optional);
    s.rebuilt = r.boolean(k("rebuilt"), JsonReader::Optional);
    s.builtAt = readTime(r, json, k("builtAt"), false);
    s.sentAt = readTime(r, json, k("sentAt"), false);
    s.targets = int(r.integer(k("targets"), JsonReader::Optional, 0, 1000000));
    s.faults = int(r.integer(k("faults"), JsonReader::Optional, 0, 100000000));
    if (json.contains(k("ok")) && !json.value(k("ok")).isNull())
        s.ok = readShare(r, json, k("ok"));
    if (!r.ok())
        return r.error();
    const auto parsedMonth = reportMonthFromText(month);
    if (!parsedMonth)
        return parsedMonth.error();
    s.month = parsedMonth.value();
    return s;
}

Result<QDate> reportMonthFromText(const QString &text, const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = pattern.match(text);
    const QDate month = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
    if (!month.isValid() || month.year() < 2000)
        return Error::validation(field, QStringLiteral("%1 must be a month like 2026-10.").arg(field));
    return month;
}

Result<QDate> reportMonthFromJson(const QJsonObject &json)
{
    JsonReader r(json);
    const QString month = r.string(k("month"), JsonReader::Required, 16);
    if (!r.ok())
        return r.error();
    return reportMonthFromText(month);
}

} // namespace mente
