// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/Fleet.h"

#include "api/EventReading.h"

namespace mente::console {

namespace {
std::optional<Notice::Kind> noticeKind(const QString &kind)
{
    if (kind == QLatin1String("device"))
        return Notice::Kind::Device;
    if (kind == QLatin1String("port"))
        return Notice::Kind::Port;
    return std::nullopt;
}
const char *kindWire(Notice::Kind kind)
{
    return kind == Notice::Kind::Port ? "port" : "device";
}
} // namespace

Fleet::Fleet(const Clock &clock, QObject *parent) : QObject(parent), m_clock(clock) {}

const Clock &Fleet::systemClock()
{
    static const SystemClock clock;
    return clock;
}

void Fleet::load(const QList<CachedBox> &boxes, const QDateTime &now)
{
    emit aboutToReset();
    m_entries.clear();
    m_entries.reserve(boxes.size());
    for (const CachedBox &c : boxes) {
        FleetEntry e;
        e.record = c.record;
        e.status = c.status;
        e.hasStatus = c.hasStatus;
        e.lastContact = c.lastContact;
        e.lastSeq = c.lastSeq;
        e.mutedUntil = c.mutedUntil;
        e.acknowledged = c.acknowledged;
        m_entries.append(e);
    }
    m_watchStart = now;
    rebuildIndex();
    emit wasReset();
}

void Fleet::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_entries.size());
    for (int row = 0; row < m_entries.size(); ++row)
        m_rowById.insert(m_entries.at(row).record.id, row);
}

void Fleet::add(const FleetEntry &entry)
{
    if (m_rowById.contains(entry.record.id))
        return;
    const int row = int(m_entries.size());
    emit aboutToAdd(row);
    m_entries.append(entry);
    m_rowById.insert(entry.record.id, row);
    emit added(row);
}

void Fleet::remove(qint64 boxId)
{
    const int row = rowOf(boxId);
    if (row < 0)
        return;
    emit aboutToRemove(row);
    m_entries.removeAt(row);
    rebuildIndex();
    emit removed(row);
}

const FleetEntry *Fleet::find(qint64 boxId) const
{
    const int row = rowOf(boxId);
    return row < 0 ? nullptr : &m_entries.at(row);
}

FleetEntry *Fleet::entry(qint64 boxId)
{
    const int row = rowOf(boxId);
    return row < 0 ? nullptr : &m_entries[row];
}

QList<qint64> Fleet::ids() const
{
    QList<qint64> ids;
    ids.reserve(m_entries.size());
    for (const FleetEntry &e : m_entries)
        ids.append(e.record.id);
    return ids;
}

void Fleet::compareAndNotify(const FleetEntry &before, const FleetEntry &after, const QDateTime &at)
{
    auto raise = [&](Notice::Kind kind, HealthState from, HealthState to) {
        if (from == to || (to != HealthState::Fault && from != HealthState::Fault))
            return;
        if (from == HealthState::Unknown && to != HealthState::Fault)
            return;
        Notice n;
        n.boxId = after.record.id;
        n.kind = kind;
        n.from = from;
        n.to = to;
        n.at = at;
        n.cause = after.problem;
        emit noticeRaised(n);
    };
    raise(Notice::Kind::Box, before.boxState(), after.boxState());
    raise(Notice::Kind::Vpn, before.vpnState(), after.vpnState());
    if (!after.hasEvents)
        raise(Notice::Kind::Device, before.deviceState(), after.deviceState());
}

void Fleet::updateStatus(qint64 boxId, const BoxStatus &status, const QDateTime &at)
{
    FleetEntry *e = entry(boxId);
    if (!e)
        return;
    const FleetEntry before = *e;
    e->status = status;
    e->hasStatus = true;
    e->lastContact = at;
    e->unreachable = false;
    if (e->worst() == HealthState::Fault && before.worst() != HealthState::Fault)
        e->acknowledged = false;
    compareAndNotify(before, *e, at);
    emit changed(rowOf(boxId));
}

void Fleet::markContact(qint64 boxId, const QDateTime &at)
{
    FleetEntry *e = entry(boxId);
    if (!e)
        return;
    const FleetEntry before = *e;
    e->lastContact = at;
    if (!e->unreachable) {
        // Only the "last contact" cell changes; cheap enough to repaint the row.
        emit changed(rowOf(boxId));
        return;
    }
    e->unreachable = false;
    compareAndNotify(before, *e, at);
    emit changed(rowOf(boxId));
}

void Fleet::applyEvent(qint64 boxId, const Event &event)
{
    FleetEntry *e = entry(boxId);
    if (!e)
        return;
    const FleetEntry before = *e;
    e->lastSeq = std::max(e->lastSeq, event.seq);
    const auto to = healthStateFromWire(event.to);
    const auto from = healthStateFromWire(event.from);
    if (event.kind == QLatin1String("box") && to) {
        e->status.boxState = *to;
    } else if (event.kind == QLatin1String("vpn") && to) {
        e->status.vpnState = *to;
    } else if (const auto sighting = detailOf<DeviceNewDetail>(event, QLatin1String("device.new"))) {
        const DeviceNewDetail seen = sighting->ok() ? sighting->value() : DeviceNewDetail();
        Notice n;
        n.boxId = boxId;
        n.kind = Notice::Kind::NewDevice;
        n.targetId = event.id;
        n.at = event.at.isValid() ? event.at : now();
        n.address = event.to;
        if (!seen.mac.isEmpty())
            n.address += QStringLiteral(" / ") + seen.mac;
        n.vendor = seen.vendor;
        emit noticeRaised(n);
    } else if (const auto kind = noticeKind(event.kind); kind && to && from) {
        e->hasEvents = true;
        if (*to == HealthState::Fault)
            e->acknowledged = false;
        if (*to != *from && (*to == HealthState::Fault || *from == HealthState::Fault)) {
            Notice n;
            n.boxId = boxId;
            n.kind = *kind;
            n.targetId = event.id;
            n.from = *from;
            n.to = *to;
            n.at = event.at.isValid() ? event.at : now();
            n.cause = event.cause;
            // Which device or port, by the names a person knows; an unreadable detail leaves only the id.
            if (const auto detail = detailOf<TargetStateDetail>(event, QLatin1String(kindWire(*kind)));
                detail && detail->ok()) {
                const TargetStateDetail &d = detail->value();
                n.ip = d.ip;
                n.name = d.name;
                n.port = d.port;
                n.protocol = d.protocol;
                n.checkCause = d.checkCause;
            }
            emit noticeRaised(n);
        }
    }
    if (e->hasStatus)
        compareAndNotify(before, *e, event.at);
    emit changed(rowOf(boxId));
}

void Fleet::setProblem(qint64 boxId, const QString &problem)
{
    if (FleetEntry *e = entry(boxId); e && e->problem != problem) {
        e->problem = problem;
        emit changed(rowOf(boxId));
    }
}

void Fleet::setCertificateRefused(qint64 boxId, const QString &presented)
{
    FleetEntry *e = entry(boxId);
    if (!e)
        return;
    const FleetEntry before = *e;
    e->certificateRefused = !presented.isEmpty();
    e->presentedFingerprint = presented;
    compareAndNotify(before, *e, now());
    emit changed(rowOf(boxId));
}

void Fleet::setRecord(const BoxRecord &record)
{
    if (FleetEntry *e = entry(record.id)) {
        e->record = record;
        e->certificateRefused = false;
        e->presentedFingerprint.clear();
        emit changed(rowOf(record.id));
    }
}

void Fleet::setMutedUntil(qint64 boxId, const QDateTime &until)
{
    if (FleetEntry *e = entry(boxId)) {
        e->mutedUntil = until;
        emit changed(rowOf(boxId));
    }
}

void Fleet::setAcknowledged(qint64 boxId, bool acknowledged)
{
    if (FleetEntry *e = entry(boxId)) {
        e->acknowledged = acknowledged;
        emit changed(rowOf(boxId));
    }
}

void Fleet::setHasEvents(qint64 boxId, bool hasEvents)
{
    if (FleetEntry *e = entry(boxId))
        e->hasEvents = hasEvents;
}

void Fleet::checkReachability(const QDateTime &now, int faultAfterS)
{
    if (!m_watchStart.isValid())
        m_watchStart = now;
    for (int row = 0; row < m_entries.size(); ++row) {
        FleetEntry &e = m_entries[row];
        QDateTime since = m_watchStart;
        if (e.lastContact.isValid() && e.lastContact > since)
            since = e.lastContact;
        const bool silent = since.secsTo(now) > faultAfterS;
        if (silent != e.unreachable) {
            const FleetEntry before = e;
            e.unreachable = silent;
            if (silent)
                e.acknowledged = false;
            compareAndNotify(before, e, now);
            emit changed(row);
        }
    }
}

HealthState Fleet::worstState(const QDateTime &now) const
{
    HealthState worst = HealthState::Unknown;
    for (const FleetEntry &e : m_entries) {
        if (e.muted(now) || e.acknowledged)
            continue;
        worst = worse(worst, e.worst());
    }
    return worst;
}

} // namespace mente::console
