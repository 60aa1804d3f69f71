// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/MonitorSettings.h"
#include "monitor/StateMachine.h"
#include "shared/Clock.h"

#include <QObject>

class QTimer;

namespace mente::box {

class Database;
class EventLog;
class IcmpPinger;
class MetaStore;
class MonitorScheduler;
class MonitorStore;

// Watches the box's own way out: the link of the default route's interface and its gateway
// (ICMP, or the ARP entry when ICMP is not permitted). While it is down, one "box" event
// (cause "link down" / "gateway X unreachable") stands for it and the scheduler holds device
// faults back. A gateway that never answered since start is not declared down (it may filter
// ICMP); a lost link always is.
class GatewayWatcher : public QObject
{
    Q_OBJECT
public:
    GatewayWatcher(Database &db, MetaStore &meta, EventLog &events, IcmpPinger &pinger, MonitorScheduler &scheduler,
                   MonitorStore &store, const Clock &clock, const MonitorSettings &config,
                   QObject *parent = nullptr);

    void start();
    bool enabled() const { return !m_gateway.isEmpty() || !m_interface.isEmpty(); }
    bool down() const { return m_machine.state() == HealthState::Fault; }
    QString gateway() const { return m_gateway; }

    // The default route's gateway and interface from /proc/net/route ("" when none).
    static QPair<QString, QString> defaultRoute(const QString &routeFile = QStringLiteral("/proc/net/route"));

private:
    void check();
    void conclude(bool up, const QString &cause);
    bool linkUp() const;
    bool arpComplete() const;

    Database &m_db;
    MetaStore &m_meta;
    EventLog &m_events;
    IcmpPinger &m_pinger;
    MonitorScheduler &m_scheduler;
    MonitorStore &m_store;
    const Clock &m_clock;
    const MonitorSettings &m_config;
    QString m_gateway;
    QString m_interface;
    StateMachine m_machine;
    QTimer *m_timer = nullptr;
    bool m_seenUp = false;
    bool m_checking = false;
};

} // namespace mente::box
