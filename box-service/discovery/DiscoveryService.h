// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discovery/DiscoverySettings.h"
#include "discovery/OuiDatabase.h"
#include "kernel/Actor.h"
#include "shared/Clock.h"
#include "shared/DiscoveryRun.h"
#include "shared/Result.h"
#include "store/DeviceStore.h"
#include "store/DiscoveryRunStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace mente::box {

class AuditLog;
class Database;
class EventLog;

// LAN discovery (F6/F8): sweeps the LAN's subnets (ICMP echo, or a TCP connect sweep of common
// ports when ICMP is not allowed), adds what the kernel's neighbour table knows, asks reverse
// DNS for names and the OUI list for MAC vendors, and writes devices: a MAC never seen on the
// box gets a "device.new" event and stays marked new until someone clears it, a known MAC at a
// new address keeps its row ("device.moved"), ones missing for [discovery] gone_after sweeps are
// marked gone (never deleted). Runs on request, at start and every [discovery] interval_h hours; one at a time.
class DiscoveryService : public QObject
{
    Q_OBJECT
public:
    DiscoveryService(Database &db, EventLog &events, AuditLog &audit, const Clock &clock, DiscoverySettings settings,
                     QObject *parent = nullptr);
    ~DiscoveryService() override;

    void scheduleAutomatic(); // the start-up sweep and the periodic ones
    // conflict: a sweep is running.
    Result<DiscoveryRun> start(const QString &trigger);
    // A sweep an operator asked for: audited as discovery.start.
    Result<DiscoveryRun> start(const Actor &actor);
    // The running sweep, else the last one; nullopt when there was none.
    std::optional<DiscoveryRun> current() const;
    bool isRunning() const { return m_running.has_value(); }
    // Someone looked at these new devices (all of them when ids is empty); returns how many were new.
    // Audited as device.clear-new when any was new.
    Result<int> clearNew(const Actor &actor, const QList<qint64> &ids);

Q_SIGNALS:
    void finished(qint64 runId);

private:
    struct SweepResult
    {
        QString method;
        QString note; // why ICMP was not used
        std::vector<bool> alive;
    };
    SweepResult sweep(const std::vector<QHostAddress> &hosts);
    void onSweepProgress(int done, int total);
    // A "discovery.progress" event of the running sweep (percent of its addresses tried).
    void appendProgress();
    void onSweepDone(const SweepResult &result);
    void resolveNames();
    void finish(const QString &error = {});
    const OuiDatabase &oui();

    Database &m_db;
    EventLog &m_events;
    AuditLog &m_audit;
    const Clock &m_clock;
    DiscoverySettings m_settings;
    DiscoveryRunStore m_store;
    DeviceStore m_devices;
    std::optional<OuiDatabase> m_oui;
    QTimer m_startTimer;
    QTimer m_periodTimer;
    QDateTime m_lastStart;

    std::optional<DiscoveryRun> m_running;
    int m_progressPercent = -1;  // of the last progress event
    QElapsedTimer m_progressGap; // since the last progress event
    std::vector<QHostAddress> m_hosts;
    QHash<QString, QString> m_macs;      // ip → MAC, from the neighbour table
    QHash<QString, QString> m_hostnames; // ip → name, from reverse DNS
    QStringList m_alive;
    QList<int> m_lookups;
    QTimer m_dnsTimer;

    std::thread m_worker;
    std::mutex m_cancelMutex;
    std::function<void()> m_cancelSweep;
    bool m_stopping = false;
};

} // namespace mente::box
