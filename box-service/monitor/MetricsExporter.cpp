// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/MetricsExporter.h"

#include "api/EventStreams.h"
#include "app/BoxContext.h"
#include "app/CustomerService.h"
#include "monitor/MonitorScheduler.h"
#include "shared/Clock.h"
#include "shared/Device.h"
#include "shared/Licence.h"
#include "shared/TimeFormat.h"
#include "store/DeviceStore.h"
#include "store/MetaStore.h"
#include "store/MetricsQueries.h"

namespace mente::box {

namespace {
// 0 unknown, 1 ok, 2 fault, 3 scanning.
int stateValue(HealthState s)
{
    switch (s) {
    case HealthState::Ok: return 1;
    case HealthState::Fault: return 2;
    case HealthState::Scanning: return 3;
    case HealthState::Unknown: break;
    }
    return 0;
}

QByteArray label(const QString &value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        if (c == '\\' || c == '"')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out;
}

class Writer
{
public:
    void family(const char *name, const char *type, const char *help)
    {
        m_name = name;
        m_out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
    }
    void sample(const QList<QPair<const char *, QString>> &labels, double value)
    {
        m_out += m_name;
        if (!labels.isEmpty()) {
            m_out += '{';
            for (qsizetype i = 0; i < labels.size(); ++i)
                m_out += (i ? "," : "") + QByteArray(labels.at(i).first) + "=\"" + label(labels.at(i).second) + '"';
            m_out += '}';
        }
        m_out += ' ' + QByteArray::number(value, 'g', 12) + '\n';
    }
    void single(const char *name, const char *type, const char *help, double value)
    {
        family(name, type, help);
        sample({}, value);
    }
    QByteArray text() const { return m_out; }

private:
    QByteArray m_out;
    QByteArray m_name;
};
} // namespace

QByteArray MetricsExporter::render() const
{
    Writer w;
    const QList<Device> devices = m_box.devices->list(false);
    const MetricsQueries counts(*m_box.db);

    w.family("mente_device_state", "gauge", "State of each device: 0 unknown, 1 ok, 2 fault, 3 scanning.");
    for (const Device &d : devices)
        w.sample({{"id", QString::number(d.id)},
                  {"ip", d.ip},
                  {"name", d.name},
                  {"monitor", d.monitor ? QStringLiteral("1") : QStringLiteral("0")}},
                 stateValue(d.state));
    w.family("mente_port_state", "gauge", "State of each port: 0 unknown, 1 ok, 2 fault.");
    for (const Device &d : devices)
        for (const Port &p : d.ports)
            w.sample({{"id", QString::number(p.id)},
                      {"device_id", QString::number(d.id)},
                      {"ip", d.ip},
                      {"port", QString::number(p.port)},
                      {"protocol", p.protocol},
                      {"monitor", p.monitor ? QStringLiteral("1") : QStringLiteral("0")}},
                     stateValue(p.state));

    struct Target
    {
        const char *kind;
        qint64 id;
        const MonitorInfo *info;
    };
    QList<Target> monitored;
    for (const Device &d : devices) {
        if (d.monitor)
            monitored.append({"device", d.id, &d.monitorInfo});
        for (const Port &p : d.ports)
            if (p.monitor)
                monitored.append({"port", p.id, &p.monitorInfo});
    }
    const QDateTime now = m_box.clock->now();
    w.family("mente_check_latency_seconds", "gauge", "Latency of the last successful check of each monitored target.");
    for (const Target &t : monitored)
        if (t.info->latencyMs >= 0)
            w.sample({{"kind", QLatin1String(t.kind)}, {"id", QString::number(t.id)}}, t.info->latencyMs / 1000.0);
    w.family("mente_check_last_timestamp_seconds", "gauge", "Unix time of the last check of each monitored target.");
    for (const Target &t : monitored)
        if (t.info->lastCheck.isValid())
            w.sample({{"kind", QLatin1String(t.kind)}, {"id", QString::number(t.id)}},
                     double(t.info->lastCheck.toSecsSinceEpoch()));
    w.family("mente_target_acknowledged", "gauge", "1 when the target's fault is acknowledged.");
    for (const Target &t : monitored)
        w.sample({{"kind", QLatin1String(t.kind)}, {"id", QString::number(t.id)}}, t.info->acknowledged ? 1 : 0);
    w.family("mente_target_flapping", "gauge", "1 while the target is flapping.");
    for (const Target &t : monitored)
        w.sample({{"kind", QLatin1String(t.kind)}, {"id", QString::number(t.id)}}, t.info->flapping ? 1 : 0);
    w.family("mente_target_muted", "gauge", "1 while a maintenance window covers the target.");
    for (const Target &t : monitored)
        w.sample({{"kind", QLatin1String(t.kind)}, {"id", QString::number(t.id)}},
                 t.info->mutedUntil.isValid() && t.info->mutedUntil > now ? 1 : 0);

    const DeviceStore::Summary summary = m_box.devices->summary();
    w.single("mente_box_device_state", "gauge", "The box's device state: 0 unknown, 1 ok, 2 fault.",
             stateValue(summary.state));
    w.single("mente_box_devices", "gauge", "Devices known on the LAN (not gone).", summary.deviceCount);
    w.single("mente_box_monitored_targets", "gauge", "Monitored devices and ports.", summary.monitoredCount);
    const auto vpn = healthStateFromWire(m_box.meta->value(QStringLiteral("vpn.state")).value_or(QString()));
    w.single("mente_box_vpn_state", "gauge", "The box's VPN state: 0 unknown, 1 ok, 2 fault.",
             stateValue(vpn.value_or(HealthState::Unknown)));
    const auto network = healthStateFromWire(m_box.meta->value(QStringLiteral("network.state")).value_or(QString()));
    w.single("mente_box_network_state", "gauge", "The box's own link and gateway: 0 unknown, 1 ok, 2 fault.",
             stateValue(network.value_or(HealthState::Unknown)));

    w.single("mente_events_total", "counter", "Events recorded (the last sequence number).",
             double(counts.lastEventSeq()));
    w.family("mente_events_by_kind_total", "counter", "Events recorded, by kind (scans and discoveries included).");
    for (const auto &[kind, n] : counts.eventsByKind())
        w.sample({{"kind", kind}}, double(n));
    w.family("mente_scans_total", "counter", "Port scans, by state.");
    for (const auto &[state, n] : counts.scansByState())
        w.sample({{"state", state}}, double(n));
    w.single("mente_discovery_runs_total", "counter", "LAN discovery sweeps.", double(counts.discoveryRuns()));
    w.single("mente_outbox_length", "gauge", "Mails waiting in the outbox.", double(counts.outboxWaiting()));
    // How long the oldest waiting mail has waited: a stuck SMTP server shows here first.
    const auto oldest = counts.outboxOldestWaiting();
    w.single("mente_outbox_oldest_seconds", "gauge", "Age of the oldest mail waiting in the outbox (0: none).",
             oldest ? double(std::max<qint64>(0, oldest->secsTo(now))) : 0.0);
    w.single("mente_outbox_failed", "gauge", "Mails that failed permanently (kept in the outbox).",
             double(counts.outboxFailed()));
    if (m_box.customerService) {
        const Licence licence = m_box.customerService->licence();
        w.single("mente_licence_valid", "gauge", "1 while the box's licence is valid today.",
                 licence.validOn(now.date()) ? 1 : 0);
        w.family("mente_licence_expiry_timestamp_seconds", "gauge",
                 "Unix time the licence ends (the end of its last day, UTC); absent without a licence.");
        if (licence.registered() && licence.endDate.isValid())
            w.sample({}, double(QDateTime(licence.endDate.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()));
    }

    if (m_box.monitor) {
        const MonitorScheduler::Stats s = m_box.monitor->stats();
        w.single("mente_monitor_targets", "gauge", "Targets the scheduler checks.", s.targets);
        w.single("mente_monitor_checks_running", "gauge", "Checks in flight.", s.running);
        w.single("mente_monitor_checks_total", "counter", "Checks done since start.", double(s.checksDone));
        w.single("mente_monitor_lateness_p99_seconds", "gauge", "99th percentile of how late recent checks started.",
                 s.latenessP99S);
        w.single("mente_monitor_lateness_max_seconds", "gauge", "Latest start of a recent check against its slot.",
                 s.latenessMaxS);
    }
    if (m_box.eventStreams)
        w.single("mente_event_streams", "gauge", "Open event streams.", m_box.eventStreams->count());
    w.single("mente_box_uptime_seconds", "gauge", "Seconds since the box started.",
             double(m_box.startedAt.secsTo(now)));
    return w.text();
}

} // namespace mente::box
