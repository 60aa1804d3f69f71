// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/MonitorService.h"

#include "monitor/MonitorStore.h"
#include "shared/Clock.h"
#include "shared/Device.h"
#include "shared/Event.h"
#include "shared/EventDetails.h"
#include "shared/IdList.h"
#include "shared/TimeFormat.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/DeviceStore.h"
#include "store/EventLog.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcMonitor)

namespace mente::box {

namespace {
Error noSuch(const QString &what)
{
    return Error{QStringLiteral("not_found"), QStringLiteral("No such %1.").arg(what), {}};
}

bool unacknowledgedFault(HealthState state, const MonitorInfo &info)
{
    return state == HealthState::Fault && !info.acknowledged;
}
} // namespace

MonitorService::MonitorService(Database &db, MonitorStore &store, DeviceStore &devices, EventLog &events,
                               AuditLog &audit, const Clock &clock)
    : m_db(db), m_store(store), m_devices(devices), m_events(events), m_audit(audit), m_clock(clock)
{}

Status MonitorService::record(const Actor &actor, const Event &event, const QString &action, const QString &target,
                              const QString &detail)
{
    if (const auto appended = m_events.append(event); !appended)
        return appended.error();
    return m_audit.record({actor.op.id, actor.op.login, actor.address, action, target, detail});
}

Result<Acknowledgement> MonitorService::acknowledge(const Actor &actor, TargetKey key)
{
    return setAcknowledged(actor, key, true);
}

Result<Acknowledgement> MonitorService::unacknowledge(const Actor &actor, TargetKey key)
{
    return setAcknowledged(actor, key, false);
}

Result<Acknowledgement> MonitorService::setAcknowledged(const Actor &actor, TargetKey key, bool acknowledged)
{
    const QString what = toWire(key.kind);
    if (key.id <= 0 || !m_store.exists(key))
        return noSuch(what);
    const MonitorInfo info =
        key.kind == TargetKind::Port ? m_devices.portById(key.id)->monitorInfo : m_devices.byId(key.id)->monitorInfo;
    if (acknowledged && m_store.state(key) != HealthState::Fault)
        return Error{QStringLiteral("conflict"),
                     QStringLiteral("Only a fault can be acknowledged; this %1 is not in fault.").arg(what),
                     QStringLiteral("state")};
    if (!acknowledged && !info.acknowledged)
        return Error{QStringLiteral("conflict"),
                     QStringLiteral("This %1 has no acknowledged fault to take back.").arg(what),
                     QStringLiteral("acknowledged")};
    const Status s = m_db.transaction([&]() -> Status {
        if (const Status a = m_store.setAcknowledged(key, acknowledged); !a)
            return a;
        Event e;
        e.kind = QStringLiteral("ack");
        e.id = key.id;
        e.from = QStringLiteral("fault");
        e.to = QStringLiteral("fault");
        e.cause = acknowledged ? QStringLiteral("acknowledged") : QStringLiteral("unacknowledged");
        e.detail = AckDetail{what, acknowledged, actor.op.login, {}, {}}.toJson();
        return record(actor, e, what + (acknowledged ? QStringLiteral(".ack") : QStringLiteral(".unack")),
                      QString::number(key.id));
    });
    if (!s)
        return s.error();
    return Acknowledgement{what, key.id, acknowledged};
}

Result<BoxAcknowledgement> MonitorService::acknowledgeBox(const Actor &actor)
{
    BoxAcknowledgement done;
    const Status s = m_db.transaction([&]() -> Status {
        // Read inside the transaction: a fault that began a moment ago is in, one that ended is out.
        done = {};
        for (const Device &d : m_devices.list()) {
            if (unacknowledgedFault(d.state, d.monitorInfo))
                done.devices.append(d.id);
            for (const Port &p : d.ports)
                if (unacknowledgedFault(p.state, p.monitorInfo))
                    done.ports.append(p.id);
        }
        for (const qint64 id : std::as_const(done.devices))
            if (const Status a = m_store.setAcknowledged({TargetKind::Device, id}, true); !a)
                return a;
        for (const qint64 id : std::as_const(done.ports))
            if (const Status a = m_store.setAcknowledged({TargetKind::Port, id}, true); !a)
                return a;
        // One event for the lot; the report credits each listed target's fault to `by`.
        Event e;
        e.kind = QStringLiteral("ack");
        e.id = 0;
        e.from = QStringLiteral("fault");
        e.to = QStringLiteral("fault");
        e.cause = QStringLiteral("acknowledged");
        e.detail = AckDetail{QStringLiteral("box"), true, actor.op.login, done.devices, done.ports}.toJson();
        return record(actor, e, QStringLiteral("box.ack"), QString(), QString::number(done.count()));
    });
    if (!s)
        return s.error();
    qCInfo(lcMonitor) << actor.op.login << "acknowledged" << done.count() << "faults of the box";
    return done;
}

QList<Mute> MonitorService::mutes() const
{
    return m_store.mutes(m_clock.now());
}

Status MonitorService::endBoxMutes(QList<qint64> &ended)
{
    ended.clear(); // a retried transaction starts afresh
    for (const Mute &m : m_store.mutes(m_clock.now())) {
        if (m.kind != QLatin1String("box"))
            continue;
        if (const Status r = m_store.removeMute(m.id); !r)
            return r;
        ended.append(m.id);
    }
    return success();
}

Result<Mute> MonitorService::addMute(const Actor &actor, const MuteRequest &m)
{
    if (m.kind != QLatin1String("box")
        && !m_store.exists({m.kind == QLatin1String("port") ? TargetKind::Port : TargetKind::Device, m.targetId}))
        return noSuch(m.kind);
    Result<Mute> added = Error{};
    const Status s = m_db.transaction([&]() -> Status {
        added = m_store.addMute(m.kind, m.targetId, m.until, m.reason, actor.op.login, m_clock.now());
        if (!added)
            return added.error();
        Event e;
        e.kind = QStringLiteral("mute");
        e.id = added->id;
        e.to = QStringLiteral("muted");
        e.detail = MuteDetail{added.value(), {}, {}}.toJson();
        return record(actor, e, QStringLiteral("mute.add"), QStringLiteral("%1:%2").arg(m.kind).arg(m.targetId),
                      toIso(m.until));
    });
    if (!s)
        return s.error();
    return added;
}

Status MonitorService::removeMute(const Actor &actor, qint64 id)
{
    const auto mute = id > 0 ? m_store.mute(id) : std::nullopt;
    if (!mute)
        return noSuch(QStringLiteral("mute"));
    return m_db.transaction([&]() -> Status {
        if (const Status r = m_store.removeMute(id); !r)
            return r;
        Event e;
        e.kind = QStringLiteral("mute");
        e.id = id;
        e.from = QStringLiteral("muted");
        e.to = QStringLiteral("unmuted");
        e.detail = MuteDetail{*mute, {}, {}}.toJson();
        return record(actor, e, QStringLiteral("mute.remove"),
                      QStringLiteral("%1:%2").arg(mute->kind).arg(mute->targetId));
    });
}

Result<BoxMuteAnswer> MonitorService::muteBox(const Actor &actor, const BoxMuteRequest &request)
{
    BoxMuteAnswer answer;
    const Status s = m_db.transaction([&]() -> Status {
        if (const Status r = endBoxMutes(answer.replaced); !r)
            return r;
        auto added =
            m_store.addMute(QStringLiteral("box"), 0, request.until, request.reason, actor.op.login, m_clock.now());
        if (!added)
            return added.error();
        answer.mute = added.value();
        // The mute's own event, naming the ones it ended: the report cuts their spans there.
        Event e;
        e.kind = QStringLiteral("mute");
        e.id = answer.mute.id;
        e.to = QStringLiteral("muted");
        e.detail = MuteDetail{answer.mute, answer.replaced, {}}.toJson();
        return record(actor, e, QStringLiteral("box.mute"), QStringLiteral("box:0"), toIso(request.until));
    });
    if (!s)
        return s.error();
    return answer;
}

Result<BoxUnmuteAnswer> MonitorService::unmuteBox(const Actor &actor)
{
    BoxUnmuteAnswer answer;
    const Status s = m_db.transaction([&]() -> Status {
        if (const Status r = endBoxMutes(answer.removed); !r)
            return r;
        Event e;
        e.kind = QStringLiteral("mute");
        e.id = 0;
        e.from = QStringLiteral("muted");
        e.to = QStringLiteral("unmuted");
        Mute box;
        box.kind = QStringLiteral("box");
        e.detail = MuteDetail{box, {}, answer.removed}.toJson();
        return record(actor, e, QStringLiteral("box.unmute"), QStringLiteral("box:0"),
                      QString::number(answer.removed.size()));
    });
    if (!s)
        return s.error();
    return answer;
}

} // namespace mente::box
