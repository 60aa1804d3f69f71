// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/VpnSettings.h"
#include "shared/Clock.h"
#include "shared/HealthState.h"

#include <QObject>

class QProcess;
class QTimer;

namespace mente::box {

class Database;
class EventLog;
class MetaStore;
class MonitorStore;

// The box's own VPN link (F3 VPN state): the SoftEther client's account status through vpncmd
// when [vpn] vpncmd is set, else whether [vpn] interface exists and is up. Stores "vpn.state"
// with a "vpn" event on each change; with neither configured the state stays unknown.
class VpnWatcher : public QObject
{
    Q_OBJECT
public:
    VpnWatcher(Database &db, MetaStore &meta, EventLog &events, MonitorStore &store, const Clock &clock,
               const VpnSettings &config, QObject *parent = nullptr);

    void start();
    bool enabled() const { return !m_config.vpncmd.isEmpty() || !m_config.interfaceName.isEmpty(); }

    // "Connection Completed (Session Established)" in vpncmd's AccountStatusGet answer.
    static bool sessionEstablished(const QByteArray &vpncmdOutput);

private:
    void check();
    void checkInterface();
    void checkVpncmd();
    void conclude(HealthState state, const QString &cause);

    Database &m_db;
    MetaStore &m_meta;
    EventLog &m_events;
    MonitorStore &m_store;
    const Clock &m_clock;
    const VpnSettings &m_config;
    HealthState m_state = HealthState::Unknown;
    QTimer *m_timer = nullptr;
    QProcess *m_process = nullptr;
};

} // namespace mente::box
