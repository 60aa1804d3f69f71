// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/MonitorSettings.h"
#include "monitor/CheckTypes.h"
#include "monitor/MonitorStore.h"
#include "monitor/StateMachine.h"
#include "shared/Clock.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

#include <map>
#include <memory>

class QTimer;

namespace mente::box {

class Check;
class Database;
class EventLog;
class IcmpPinger;

// Runs the checks of every switched-on device and port (F7): each at its interval, spread over
// it (no thundering herd), at most maxParallel at once, sooner while a target is unsettled.
// Results feed a StateMachine per target; a change of state is stored with its event in one
// transaction. While the box's own network is down, new faults are held back.
class MonitorScheduler : public QObject
{
    Q_OBJECT
public:
    MonitorScheduler(Database &db, MonitorStore &store, EventLog &events, IcmpPinger &pinger, const Clock &clock,
                     const MonitorSettings &config, QObject *parent = nullptr);
    ~MonitorScheduler() override;

    void start();
    // Re-reads the switched-on targets soon (coalesced): call after any change to them.
    void reloadSoon();
    // While true, faults of devices and ports are not declared (the box-network fault stands for them).
    void setNetworkDown(bool down);
    bool networkDown() const { return m_networkDown; }

    struct Stats
    {
        int targets = 0;
        int running = 0;
        qint64 checksDone = 0;
        double latenessP99S = 0; // of recent checks: how late they started against their slot
        double latenessMaxS = 0;
    };
    Stats stats() const;

private:
    struct Entry
    {
        MonitoredTarget info;
        StateMachine machine;
        qint64 dueMs = 0;
        QPointer<Check> check;
        quint64 generation = 0;
    };

    void reload();
    void schedule(const TargetKey &key, qint64 dueMs);
    void armTimer();
    void runDue();
    void startCheck(Entry &entry, qint64 nowMs);
    void onFinished(TargetKey key, quint64 generation, const CheckResult &result);
    void commit(const Entry &entry, const StateMachine::Transition &t, const CheckResult &result);
    void flushResults();
    Check *makeCheck(const CheckTarget &target);

    Database &m_db;
    MonitorStore &m_store;
    EventLog &m_events;
    IcmpPinger &m_pinger;
    const Clock &m_clock;
    const MonitorSettings &m_config;
    QThreadPool m_sshPool;
    QElapsedTimer m_mono;
    QHash<TargetKey, Entry> m_entries;
    std::multimap<qint64, TargetKey> m_queue; // due (monotonic ms) -> target; stale items are skipped
    QTimer *m_timer = nullptr;
    QTimer *m_reloadTimer = nullptr;
    QTimer *m_flushTimer = nullptr;
    QHash<TargetKey, QPair<CheckResult, QDateTime>> m_unsaved;
    quint64 m_generation = 0;
    int m_running = 0;
    qint64 m_checksDone = 0;
    bool m_started = false;
    bool m_loaded = false;
    bool m_networkDown = false;
    quint64 m_loadedRevision = 0;
    int m_unchangedTicks = 0;
    QList<qint64> m_lateness; // ring of recent latenesses in ms
    qsizetype m_latenessNext = 0;
};

} // namespace mente::box
