// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportBuilder.h"

#include "shared/TimeFormat.h"
#include "store/BoxRunLog.h"

#include <QJsonArray>

#include <algorithm>

namespace mente::box {

namespace {
const QStringList kStateKinds{QStringLiteral("device"), QStringLiteral("port"), QStringLiteral("box"),
                              QStringLiteral("vpn")};

bool isStateKind(const QString &kind)
{
    return kind == QLatin1String("device") || kind == QLatin1String("port") || kind == QLatin1String("box")
           || kind == QLatin1String("vpn");
}

HealthState stateOf(const Event &e)
{
    return healthStateFromWire(e.to).value_or(HealthState::Unknown);
}

// Which target an ack or monitor event is about ("device" or "port" in its detail).
QString targetKindOf(const Event &e)
{
    return e.detail.value(QStringLiteral("target")).toString();
}

int kindOrder(const QString &kind)
{
    static const QStringList order{QStringLiteral("box"), QStringLiteral("vpn"), QStringLiteral("device"),
                                   QStringLiteral("port")};
    return int(order.indexOf(kind));
}
} // namespace

QHash<ReportBuilder::Key, ReportBuilder::History> ReportBuilder::histories(const QDateTime &start,
                                                                           const QDateTime &end) const
{
    QHash<Key, History> out;
    // The state each target was in when the month began.
    for (const Event &e : m_queries.lastOfEachTargetBefore(kStateKinds, start))
        out[{e.kind, e.id}].before = e;
    for (const Event &e : m_queries.lastMonitorSwitchesBefore(start))
        out[{targetKindOf(e), e.id}].monitorBefore = e.to == QLatin1String("on");
    for (const Event &e : m_queries.eventsBetween(
             QStringList(kStateKinds) << QStringLiteral("monitor") << QStringLiteral("ack"), start, end)) {
        if (e.kind == QLatin1String("monitor"))
            out[{targetKindOf(e), e.id}].switches.append(e);
        else if (isStateKind(e.kind))
            out[{e.kind, e.id}].changes.append(e);
    }
    // Acknowledgements of faults that may have begun before the month.
    // POST /box/ack is one event naming every target it acknowledged.
    for (const Event &e : m_queries.eventsBefore(QStringLiteral("ack"), end)) {
        QList<Key> keys;
        if (targetKindOf(e) == QLatin1String("box") && e.id == 0) {
            for (const QString &kind : {QStringLiteral("device"), QStringLiteral("port")})
                for (const QJsonValue id : e.detail.value(kind + QLatin1Char('s')).toArray())
                    keys.append({kind, id.toInteger()});
        } else {
            keys.append({targetKindOf(e), e.id});
        }
        for (const Key &key : std::as_const(keys))
            if (out.contains(key))
                out[key].acks.append(e);
    }
    return out;
}

QList<ReportBuilder::MuteSpan> ReportBuilder::muteSpans(const QDateTime &end) const
{
    QHash<qint64, MuteSpan> spans;
    for (const Event &e : m_queries.eventsBefore(QStringLiteral("mute"), end)) {
        if (e.to == QLatin1String("muted")) {
            MuteSpan m;
            m.kind = e.detail.value(QStringLiteral("kind")).toString();
            m.targetId = e.detail.value(QStringLiteral("targetId")).toInteger();
            m.span = {e.at, fromIso(e.detail.value(QStringLiteral("until")).toString())};
            if (m.span.to.isValid())
                spans.insert(e.id, m);
        }
        // Ended early: by DELETE /mutes/{id}, or by POST or DELETE /box/mute, whose one event names
        // the box-wide mutes it ended.
        QList<qint64> ended;
        if (e.to == QLatin1String("unmuted") && e.id != 0)
            ended.append(e.id);
        for (const QString &key : {QStringLiteral("replaced"), QStringLiteral("removed")})
            for (const QJsonValue id : e.detail.value(key).toArray())
                ended.append(id.toInteger());
        for (const qint64 id : std::as_const(ended))
            if (spans.contains(id))
                spans[id].span.to = std::min(spans[id].span.to, e.at);
    }
    return spans.values();
}

QList<TimeSpan> ReportBuilder::countedSpans(const Key &key, const History &h, const QDateTime &start,
                                            const QDateTime &end) const
{
    if (key.kind == QLatin1String("box") || key.kind == QLatin1String("vpn"))
        return {{start, end}};
    // Switched on before the month when the last switch said so; without any switch on record,
    // when its state was being recorded. Otherwise from its first switch or first result.
    bool on = h.monitorBefore.value_or(h.before.has_value());
    QList<TimeSpan> spans;
    QDateTime since = start;
    QList<Event> moments = h.switches;
    if (!h.monitorBefore && h.switches.isEmpty() && !on && !h.changes.isEmpty())
        moments.append(h.changes.first()); // records from before switches were kept: its first result
    std::sort(moments.begin(), moments.end(), [](const Event &a, const Event &b) { return a.seq < b.seq; });
    for (const Event &e : moments) {
        const bool switchedOn = e.kind != QLatin1String("monitor") || e.to == QLatin1String("on");
        if (switchedOn && !on)
            since = e.at;
        else if (!switchedOn && on && since < e.at)
            spans.append({since, e.at});
        on = switchedOn;
    }
    if (on) {
        QDateTime until = end;
        // A target that was removed counts until its last word.
        if (!exists(key) && !h.changes.isEmpty())
            until = std::min(end, h.changes.last().at);
        if (since < until)
            spans.append({since, until});
    }
    return spans;
}

QList<ReportFault> ReportBuilder::faultsOf(const Key &key, const QString &label, const History &h,
                                           const QDateTime &start, const QDateTime &end) const
{
    QList<ReportFault> out;
    std::optional<ReportFault> open;
    if (h.before && stateOf(*h.before) == HealthState::Fault)
        open = ReportFault{key.kind, key.id, label, h.before->at, {}, 0, h.before->cause, {}};
    auto close = [&](const QDateTime &at) {
        open->end = at;
        out.append(*open);
        open.reset();
    };
    for (const Event &e : h.changes) {
        const bool fault = stateOf(e) == HealthState::Fault;
        if (fault && !open)
            open = ReportFault{key.kind, key.id, label, e.at, {}, 0, e.cause, {}};
        else if (!fault && open)
            close(e.at);
    }
    if (open)
        out.append(*open);
    for (ReportFault &f : out) {
        f.durationSeconds = f.start.secsTo(f.end.isValid() ? f.end : end);
        for (const Event &a : h.acks) // in order: a later DELETE .../ack takes it back
            if (a.at >= f.start && (!f.end.isValid() || a.at <= f.end))
                f.acknowledgedBy = a.detail.value(QStringLiteral("acknowledged")).toBool(true)
                                       ? a.detail.value(QStringLiteral("by")).toString()
                                       : QString();
    }
    out.erase(
        std::remove_if(out.begin(), out.end(), [&](const ReportFault &f) { return f.end.isValid() && f.end <= start; }),
        out.end());
    return out;
}

QString ReportBuilder::labelOf(const Key &key, const History &h) const
{
    if (key.kind == QLatin1String("box") || key.kind == QLatin1String("vpn"))
        return key.kind;
    // As the device is called now; a removed one as its events described it.
    QString ip, name, protocol;
    int port = 0;
    if (const auto now = m_queries.labelOf(key.kind, key.id)) {
        ip = now->ip;
        name = now->name;
        port = now->port;
        protocol = now->protocol;
    } else {
        const Event *e = !h.changes.isEmpty() ? &h.changes.first() : (h.before ? &*h.before : nullptr);
        if (e) {
            ip = e->detail.value(QStringLiteral("ip")).toString();
            name = e->detail.value(QStringLiteral("name")).toString();
            port = e->detail.value(QStringLiteral("port")).toInt();
            protocol = e->detail.value(QStringLiteral("protocol")).toString();
        }
    }
    QString label = ip.isEmpty() ? QStringLiteral("#%1").arg(key.id) : ip;
    if (key.kind == QLatin1String("port"))
        label += QStringLiteral(":%1/%2").arg(port).arg(protocol.isEmpty() ? QStringLiteral("TCP") : protocol);
    if (!name.isEmpty())
        label += QStringLiteral(" (%1)").arg(name);
    return label;
}

qint64 ReportBuilder::deviceOf(const Key &key, const History &h) const
{
    if (key.kind == QLatin1String("device"))
        return key.id;
    if (key.kind != QLatin1String("port"))
        return 0;
    if (const auto device = m_queries.deviceOfPort(key.id))
        return *device;
    const Event *e = !h.changes.isEmpty() ? &h.changes.first() : (h.before ? &*h.before : nullptr);
    return e ? e->detail.value(QStringLiteral("deviceId")).toInteger() : 0;
}

QList<ReportBuilder::Key> ReportBuilder::monitoredNow() const
{
    QList<Key> out;
    for (const auto &[kind, id] : m_queries.monitoredTargets())
        out.append({kind, id});
    return out;
}

bool ReportBuilder::exists(const Key &key) const
{
    if (key.kind != QLatin1String("device") && key.kind != QLatin1String("port"))
        return true;
    return m_queries.exists(key.kind, key.id);
}

void ReportBuilder::addDeviceChangesScansAndMails(MonthlyReport &report, const QDateTime &start,
                                                  const QDateTime &end) const
{
    for (const Event &e :
         m_queries.eventsBetween({QStringLiteral("device.new"), QStringLiteral("device.gone")}, start, end)) {
        ReportDeviceChange c{e.id, e.detail.value(QStringLiteral("ip")).toString(),
                             e.detail.value(QStringLiteral("mac")).toString(), e.at};
        (e.kind == QLatin1String("device.new") ? report.devicesAppeared : report.devicesGone).append(c);
    }
    report.scans = m_queries.scansStartedBetween(start, end);
    for (const auto &[kind, count] : m_queries.mailsSentBetween(start, end))
        report.mailsSent.insert(kind, count);
}

MonthlyReport ReportBuilder::build(const Request &request) const
{
    const ReportPeriod period = ReportPeriod::of(request.month, request.reportDay, request.zone);
    MonthlyReport report;
    report.month = period.month;
    report.from = period.start;
    report.to = period.end;
    report.timeZone = QString::fromLatin1(request.zone.id());
    report.reportDay = request.reportDay;
    report.builtAt = request.now;
    report.company = request.company;
    report.serial = request.serial;
    report.partial = request.now < period.end;
    // Stored times have whole seconds: a partial report runs to the end of the current second, so
    // that what happened in it (a recovery a moment ago) is in.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(
        request.now.toSecsSinceEpoch() + (request.now.time().msec() > 0 ? 1 : 0), QTimeZone::utc());
    const QDateTime end = std::min(period.end, now);
    report.coveredUntil = end;
    const QDateTime firstSeen = m_runs.firstSeen();
    if (!firstSeen.isValid() || firstSeen >= end) {
        report.empty = true; // the month ended before the box existed
        return report;
    }
    const QDateTime start = std::max(period.start, firstSeen);
    const QList<TimeSpan> down = m_runs.gaps(start, end);
    const QList<MuteSpan> mutes = muteSpans(end);
    QHash<Key, History> all = histories(start, end);
    all.insert(Key{QStringLiteral("box"), 0}, all.value(Key{QStringLiteral("box"), 0}));
    for (const Key &key : monitoredNow())
        if (!all.contains(key))
            all.insert(key, History{});

    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        const Key &key = it.key();
        const History &h = it.value();
        if (!isStateKind(key.kind) || (key.kind == QLatin1String("vpn") && !h.before && h.changes.isEmpty()))
            continue;
        AvailabilityInput in;
        in.start = start;
        in.end = end;
        // The box's own row: running with no network fault on record is ok (without a gateway
        // to watch it never gets an event).
        const HealthState none = key.kind == QLatin1String("box") ? HealthState::Ok : HealthState::Unknown;
        in.initial = h.before ? stateOf(*h.before) : none;
        for (const Event &e : h.changes)
            in.changes.append({e.at, stateOf(e)});
        in.counted = countedSpans(key, h, start, end);
        in.boxDown = down;
        const qint64 device = deviceOf(key, h);
        for (const MuteSpan &m : mutes) {
            const bool covers = m.kind == QLatin1String("box")
                                || (m.kind == QLatin1String("device") && device != 0 && m.targetId == device)
                                || (m.kind == key.kind && m.targetId == key.id);
            if (covers)
                in.muted.append(m.span);
        }
        const Availability a = AvailabilityTimeline::compute(in);
        if (a.countedMs == 0)
            continue;
        const QString label = labelOf(key, h);
        report.targets.append({key.kind, key.id, label, a.countedMs / 1000, a.share(a.okMs), a.share(a.faultMs),
                               a.share(a.unknownMs), a.share(a.mutedMs)});
        const QList<ReportFault> faults = faultsOf(key, label, h, start, end);
        (key.kind == QLatin1String("box") || key.kind == QLatin1String("vpn") ? report.outages : report.faults)
            .append(faults);
    }
    for (const TimeSpan &gap : down)
        report.outages.append({QStringLiteral("box-down"),
                               0,
                               QStringLiteral("box"),
                               gap.from,
                               gap.to,
                               gap.from.secsTo(gap.to),
                               QStringLiteral("box not running"),
                               {}});

    std::sort(report.targets.begin(), report.targets.end(), [](const ReportTarget &a, const ReportTarget &b) {
        return std::pair(kindOrder(a.kind), a.label) < std::pair(kindOrder(b.kind), b.label);
    });
    auto byStart = [](const ReportFault &a, const ReportFault &b) { return a.start < b.start; };
    std::sort(report.faults.begin(), report.faults.end(), byStart);
    std::sort(report.outages.begin(), report.outages.end(), byStart);
    addDeviceChangesScansAndMails(report, start, end);
    return report;
}

} // namespace mente::box
