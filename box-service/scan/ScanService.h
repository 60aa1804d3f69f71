// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/Identification.h"
#include "kernel/Actor.h"
#include "scan/PortList.h"
#include "scan/ScanSettings.h"
#include "shared/Clock.h"
#include "shared/HealthState.h"
#include "shared/Result.h"
#include "shared/ScanRecord.h"
#include "store/ScanStore.h"

#include <QObject>

#include <map>
#include <memory>
#include <optional>

namespace mente::box {

class Database;
class AuditLog;
class DeviceStore;
class EventLog;
class ScanJob;

// Owns the running scans (F8). Starting one puts its device in "scanning"; each open port is
// written as a port row of the device as soon as it is identified (one row per port, updated by
// later scans); the end restores the device's state. Progress goes to GET /scans/{id} and, every
// tenth of the way, to the event log ("scan" events).
class ScanService : public QObject
{
    Q_OBJECT
public:
    ScanService(Database &db, DeviceStore &devices, EventLog &events, AuditLog &audit, const Clock &clock,
                ScanSettings settings, QObject *parent = nullptr);
    ~ScanService() override;

    // not_found: no such device; conflict: it is being scanned; rate_limited: too many scans.
    Result<qint64> start(qint64 deviceId, const std::optional<PortList> &ports);
    // The same, asked for by an operator: audited as device.scan.
    Result<qint64> start(const Actor &actor, qint64 deviceId, const std::optional<PortList> &ports);
    std::optional<ScanRecord> scan(qint64 scanId) const;
    bool isScanning(qint64 deviceId) const;
    int runningCount() const { return int(m_running.size()); }

Q_SIGNALS:
    void scanFinished(qint64 scanId);

private:
    Result<qint64> start(qint64 deviceId, const std::optional<PortList> &ports, const Actor *actor);

    struct Running
    {
        ScanRecord record;
        HealthState previousState = HealthState::Unknown;
        int lastDecile = 0;
        std::unique_ptr<ScanJob> job;
    };

    void onProgress(qint64 scanId);
    void onIdentified(qint64 scanId, const Identification &id);
    void onFinished(qint64 scanId);
    void appendEvent(const ScanRecord &record, const QString &from, const QString &to);

    Database &m_db;
    DeviceStore &m_devices;
    EventLog &m_events;
    AuditLog &m_audit;
    const Clock &m_clock;
    ScanSettings m_settings;
    ScanStore m_store;
    std::map<qint64, Running> m_running;
};

} // namespace mente::box
