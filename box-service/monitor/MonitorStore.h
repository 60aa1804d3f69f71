// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/CheckTypes.h"
#include "monitor/MonitorSettings.h"
#include "shared/EventDetails.h"
#include "shared/HealthState.h"
#include "shared/Mute.h"
#include "shared/Result.h"
#include "store/MuteStore.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace mente::box {

class Database;
class DeviceStore;

// One switched-on target as the scheduler needs it, read from the devices and ports tables.
struct MonitoredTarget
{
    CheckTarget target;
    CheckSettings settings;
    HealthState state = HealthState::Unknown;
    bool flapping = false;
    qint64 deviceId = 0;
    TargetStateDetail describe; // ip, name, and a port's device, number and protocol: carried on its events
};

// The monitor's view of the store: check results and states of devices and ports, their
// acknowledgements (DeviceStore writes them) and maintenance windows (MuteStore's). No SQL here.
class MonitorStore
{
public:
    MonitorStore(Database &db, DeviceStore &devices) : m_devices(devices), m_mutes(db) {}

    QList<MonitoredTarget> monitoredTargets(const MonitorSettings &defaults) const;
    // Changes whenever what monitoredTargets() reads may have changed.
    quint64 targetsRevision() const;
    bool exists(TargetKey key) const;
    std::optional<HealthState> state(TargetKey key) const;

    // A change of state: clears the acknowledgement. Call inside a transaction with its event.
    Status setState(TargetKey key, HealthState state, bool flapping, const QString &cause, const QDateTime &at);
    // The last check's figures (no event): written in batches.
    Status saveResult(TargetKey key, const CheckResult &result, const QDateTime &at);
    struct TimedResult
    {
        TargetKey key;
        CheckResult result;
        QDateTime at;
    };
    Status saveResults(const QList<TimedResult> &results); // inside a transaction
    Status setAcknowledged(TargetKey key, bool acknowledged);

    // The end of the latest mute covering the target at `now` (its own, its device's, the box's).
    QDateTime mutedUntil(TargetKey key, qint64 deviceId, const QDateTime &now) const;
    QDateTime boxMutedUntil(const QDateTime &now) const; // a mute of the whole box only
    // Whether an event target ("device", "port", "box", "vpn") is muted now (for the fault mailer).
    bool isMuted(const QString &kind, qint64 id, const QDateTime &now) const;
    Result<Mute> addMute(const QString &kind, qint64 targetId, const QDateTime &until, const QString &reason,
                         const QString &createdBy, const QDateTime &now);
    QList<Mute> mutes(const QDateTime &now) const; // the ones still running
    std::optional<Mute> mute(qint64 id) const;
    Status removeMute(qint64 id);

private:
    DeviceStore &m_devices;
    MuteStore m_mutes;
};

} // namespace mente::box
