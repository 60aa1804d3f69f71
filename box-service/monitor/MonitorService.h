// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kernel/Actor.h"
#include "monitor/CheckTypes.h"
#include "shared/Acknowledgement.h"
#include "shared/BoxMute.h"
#include "shared/Mute.h"
#include "shared/Result.h"

#include <QList>

namespace mente {
class Clock;
struct Event;
}

namespace mente::box {

class AuditLog;
class Database;
class DeviceStore;
class EventLog;
class MonitorStore;

// What an operator decides about the monitor's findings (F7): acknowledging faults ("known, being
// handled") and maintenance windows (mutes) of a target or of the whole box. Each call is one
// transaction with one audit row and one event, so the stream, the mailer and the monthly report
// hear of it exactly once.
class MonitorService
{
public:
    MonitorService(Database &db, MonitorStore &store, DeviceStore &devices, EventLog &events, AuditLog &audit,
                   const Clock &clock);

    // One target's fault; not_found for an unknown target, conflict when there is nothing to change.
    Result<Acknowledgement> acknowledge(const Actor &actor, TargetKey key);
    Result<Acknowledgement> unacknowledge(const Actor &actor, TargetKey key);
    // Every current fault of the box that is not acknowledged yet, devices and ports.
    Result<BoxAcknowledgement> acknowledgeBox(const Actor &actor);

    QList<Mute> mutes() const; // the ones still running
    Result<Mute> addMute(const Actor &actor, const MuteRequest &request);
    Status removeMute(const Actor &actor, qint64 id);
    // The box has one box-wide mute at a time: muting replaces the running ones, unmuting ends them.
    Result<BoxMuteAnswer> muteBox(const Actor &actor, const BoxMuteRequest &request);
    Result<BoxUnmuteAnswer> unmuteBox(const Actor &actor);

private:
    Result<Acknowledgement> setAcknowledged(const Actor &actor, TargetKey key, bool acknowledged);
    Status record(const Actor &actor, const Event &event, const QString &action, const QString &target,
                  const QString &detail = {});
    QList<Mute> boxMutes() const;

    Database &m_db;
    MonitorStore &m_store;
    DeviceStore &m_devices;
    EventLog &m_events;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace mente::box
