// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanService.h"

#include "scan/ScanJob.h"
#include "scan/ScanLogging.h"
#include "shared/Clock.h"
#include "shared/EventDetails.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/DeviceStore.h"
#include "store/EventLog.h"

#include <QHostAddress>

namespace mente::box {

namespace {
const QString kRunning = QStringLiteral("running");
const QString kDone = QStringLiteral("done");
const QString kFailed = QStringLiteral("failed");
} // namespace

ScanService::ScanService(Database &db, DeviceStore &devices, EventLog &events, AuditLog &audit, const Clock &clock,
                         ScanSettings settings, QObject *parent)
    : QObject(parent),
      m_db(db),
      m_devices(devices),
      m_events(events),
      m_audit(audit),
      m_clock(clock),
      m_settings(settings),
      m_store(db)
{
    const Status s = m_db.transaction([&]() -> Status {
        if (const Status f = m_store.failInterrupted(m_clock.now()); !f)
            return f;
        return m_devices.resetScanning();
    });
    if (!s)
        qCWarning(lcScan) << "cannot close scans left running:" << s.error().message;
}

ScanService::~ScanService()
{
    m_running.clear(); // each job cancels and joins its workers
}

Result<qint64> ScanService::start(const Actor &actor, qint64 deviceId, const std::optional<PortList> &ports)
{
    const Result<qint64> scanId = start(deviceId, ports);
    if (scanId)
        m_audit.record({actor.op.id, actor.op.login, actor.address, QStringLiteral("device.scan"),
                        m_devices.byId(deviceId)->ip, QStringLiteral("scan %1").arg(scanId.value())});
    return scanId;
}

Result<qint64> ScanService::start(qint64 deviceId, const std::optional<PortList> &ports)
{
    const std::optional<Device> device = m_devices.byId(deviceId);
    if (!device)
        return Error{QStringLiteral("not_found"), QStringLiteral("No such device."), {}};
    if (isScanning(deviceId))
        return Error{QStringLiteral("conflict"), QStringLiteral("The device is being scanned already."), {}};
    if (runningCount() >= m_settings.maxParallelScans)
        return Error{QStringLiteral("rate_limited"),
                     QStringLiteral("%1 scans are running; start this one when one has finished.")
                         .arg(m_settings.maxParallelScans),
                     {}};
    const QHostAddress address(device->ip);
    if (address.isNull())
        return Error::validation(QStringLiteral("ip"), QStringLiteral("The device has no usable address."));

    const PortList list = ports ? *ports : PortList::all();
    ScanRecord record;
    record.deviceId = deviceId;
    record.state = kRunning;
    record.ports = ports ? QString() : QStringLiteral("1-65535");
    record.portsTotal = list.size();
    record.startedAt = m_clock.now();
    if (ports) {
        // The normalised list is what was asked for, written compactly.
        QStringList parts;
        const auto &v = list.ports();
        for (std::size_t i = 0; i < v.size();) {
            std::size_t j = i;
            while (j + 1 < v.size() && v[j + 1] == v[j] + 1)
                ++j;
            parts << (i == j ? QString::number(v[i]) : QStringLiteral("%1-%2").arg(v[i]).arg(v[j]));
            i = j + 1;
        }
        record.ports = parts.join(QLatin1Char(','));
        if (record.ports.size() > 1000)
            record.ports = record.ports.left(997) + QStringLiteral("...");
    }

    Result<qint64> id = Error{};
    const Status s = m_db.transaction([&]() -> Status {
        id = m_store.insert(record);
        if (!id)
            return id.error();
        record.id = id.value();
        if (const Status st = m_devices.setState(deviceId, HealthState::Scanning); !st)
            return st;
        Event e;
        e.kind = QStringLiteral("scan");
        e.id = record.id;
        e.to = kRunning;
        e.detail = ScanProgressDetail{deviceId, 0, record.portsTotal, 0, {}}.toJson();
        const auto appended = m_events.append(e);
        return appended ? success() : Status(appended.error());
    });
    if (!s)
        return s.error();

    ScanJobOptions options;
    options.scanner.maxInFlight = m_settings.maxInFlight;
    options.scanner.method = m_settings.method == QStringLiteral("connect") ? ScanMethod::Connect
                             : m_settings.method == QStringLiteral("syn")   ? ScanMethod::Syn
                                                                            : ScanMethod::Auto;
    options.scanThreads = m_settings.threads;
    options.identify.bannerWaitMs = m_settings.bannerWaitMs;
    options.identify.probeTimeoutMs = m_settings.probeTimeoutMs;
    options.parallelIdentifications = m_settings.parallelIdentify;

    const qint64 scanId = record.id;
    Running &running = m_running[scanId];
    running.record = record;
    running.previousState = device->state == HealthState::Scanning ? HealthState::Unknown : device->state;
    running.job = std::make_unique<ScanJob>(address, list, options);
    connect(running.job.get(), &ScanJob::progress, this, [this, scanId] { onProgress(scanId); });
    connect(running.job.get(), &ScanJob::portIdentified, this,
            [this, scanId](const Identification &found) { onIdentified(scanId, found); });
    connect(running.job.get(), &ScanJob::finished, this, [this, scanId] { onFinished(scanId); });
    qCInfo(lcScan) << "scan" << scanId << "of" << device->ip << "started:" << record.portsTotal << "ports";
    running.job->start();
    return scanId;
}

std::optional<ScanRecord> ScanService::scan(qint64 scanId) const
{
    const auto it = m_running.find(scanId);
    if (it == m_running.end())
        return m_store.byId(scanId);
    ScanRecord record = it->second.record;
    record.portsDone = it->second.job->portsDone();
    record.openPorts = it->second.job->openPorts();
    record.openPortsOmitted = it->second.job->openPortsOmitted();
    return record;
}

bool ScanService::isScanning(qint64 deviceId) const
{
    for (const auto &[id, running] : m_running)
        if (running.record.deviceId == deviceId)
            return true;
    return false;
}

void ScanService::onProgress(qint64 scanId)
{
    const auto it = m_running.find(scanId);
    if (it == m_running.end())
        return;
    Running &running = it->second;
    running.record.portsDone = running.job->portsDone();
    const int decile = running.record.percent() / 10;
    if (decile <= running.lastDecile)
        return;
    running.lastDecile = decile;
    m_db.transaction([&]() -> Status {
        appendEvent(running.record, kRunning, kRunning);
        return success();
    });
}

void ScanService::onIdentified(qint64 scanId, const Identification &found)
{
    const auto it = m_running.find(scanId);
    if (it == m_running.end())
        return;
    const qint64 deviceId = it->second.record.deviceId;
    if (!m_devices.byId(deviceId))
        return; // removed while it was being scanned
    const Result<Port> row = m_devices.upsertScannedPort(deviceId, found.port, found.protocol, found.banner);
    if (!row)
        qCWarning(lcScan) << "cannot store port" << found.port << "of device" << deviceId << ":" << row.error().message;
}

void ScanService::onFinished(qint64 scanId)
{
    const auto it = m_running.find(scanId);
    if (it == m_running.end())
        return;
    Running running = std::move(it->second);
    m_running.erase(it);

    ScanRecord &record = running.record;
    record.state = running.job->failed() ? kFailed : kDone;
    record.error = running.job->errorMessage();
    record.portsDone = running.job->portsDone();
    record.openPorts = running.job->openPorts();
    record.openPortsOmitted = running.job->openPortsOmitted();
    record.method = running.job->summary().method;
    record.finishedAt = m_clock.now();
    const Status s = m_db.transaction([&]() -> Status {
        if (const Status f = m_store.finish(record); !f)
            return f;
        const std::optional<Device> device = m_devices.byId(record.deviceId);
        if (device && device->state == HealthState::Scanning)
            if (const Status st = m_devices.setState(record.deviceId, running.previousState); !st)
                return st;
        appendEvent(record, kRunning, record.state);
        return success();
    });
    if (!s)
        qCWarning(lcScan) << "cannot store the end of scan" << scanId << ":" << s.error().message;
    qCInfo(lcScan) << "scan" << scanId << record.state << "in" << record.startedAt.msecsTo(record.finishedAt)
                   << "ms:" << record.openPorts.size() << "open ports";
    running.job.release()->deleteLater(); // we may be inside its finished() signal
    Q_EMIT scanFinished(scanId);
}

void ScanService::appendEvent(const ScanRecord &record, const QString &from, const QString &to)
{
    Event e;
    e.kind = QStringLiteral("scan");
    e.id = record.id;
    e.from = from;
    e.to = to;
    e.cause = record.error;
    e.detail = ScanProgressDetail{record.deviceId, record.portsDone, record.portsTotal, record.percent(),
                                  int(record.openPorts.size())}
                   .toJson();
    const auto appended = m_events.append(e);
    if (!appended)
        qCWarning(lcScan) << "cannot record a scan event:" << appended.error().message;
}

} // namespace mente::box
