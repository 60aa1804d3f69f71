// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/FleetEntry.h"
#include "fleet/Notice.h"
#include "shared/Clock.h"
#include "shared/Event.h"
#include "store/CachedBox.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace mente::console {

// The state of every box the console manages, in one place: models and the tray read it, box
// links write what the boxes say into it. Raises a Notice on every fault and recovery.
class Fleet : public QObject
{
    Q_OBJECT
public:
    // The clock says what "now" is for everyone reading the fleet (links, tray, windows); tests
    // hand in a FakeClock.
    explicit Fleet(const Clock &clock = systemClock(), QObject *parent = nullptr);

    static const Clock &systemClock();
    const Clock &clock() const { return m_clock; }
    QDateTime now() const { return m_clock.now(); }

    void load(const QList<CachedBox> &boxes, const QDateTime &now);
    void add(const FleetEntry &entry);
    void remove(qint64 boxId);

    int size() const { return int(m_entries.size()); }
    int rowOf(qint64 boxId) const { return m_rowById.value(boxId, -1); }
    const FleetEntry &at(int row) const { return m_entries.at(row); }
    const FleetEntry *find(qint64 boxId) const;
    QList<qint64> ids() const;

    void updateStatus(qint64 boxId, const BoxStatus &status, const QDateTime &at);
    void markContact(qint64 boxId, const QDateTime &at);
    void applyEvent(qint64 boxId, const Event &event);
    void setProblem(qint64 boxId, const QString &problem);
    void setCertificateRefused(qint64 boxId, const QString &presented);
    void setRecord(const BoxRecord &record);
    void setMutedUntil(qint64 boxId, const QDateTime &until);
    void setAcknowledged(qint64 boxId, bool acknowledged);
    void setHasEvents(qint64 boxId, bool hasEvents);
    // Marks boxes that have not answered for faultAfterS seconds (counted from the later of their
    // last answer and the moment watching began) as faults, and clears it when they answer.
    void checkReachability(const QDateTime &now, int faultAfterS);

    // Worst state over boxes that are neither muted nor acknowledged.
    HealthState worstState(const QDateTime &now) const;

signals:
    void aboutToReset();
    void wasReset();
    void aboutToAdd(int row);
    void added(int row);
    void aboutToRemove(int row);
    void removed(int row);
    void changed(int row);
    void noticeRaised(const mente::console::Notice &notice);

private:
    const Clock &m_clock;
    FleetEntry *entry(qint64 boxId);
    void compareAndNotify(const FleetEntry &before, const FleetEntry &after, const QDateTime &at);
    void rebuildIndex();

    QList<FleetEntry> m_entries;
    QHash<qint64, int> m_rowById;
    QDateTime m_watchStart;
};

} // namespace mente::console
