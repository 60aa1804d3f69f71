// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kernel/Actor.h"
#include "setup/NetworkSettings.h"
#include "shared/Result.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <optional>

namespace mente::box {

class AuditLog;
class MetaStore;
class NetworkConfigurator;

// Confirm-or-rollback for network changes (F1): a change is applied at once, and unless someone
// confirms it from the new address within the time limit ([setup] confirm_s), the previous
// settings come back. Only a confirmed change is stored (MetaStore "network.mode",
// "network.settings") and so shown as the box's setting.
class NetworkChange : public QObject
{
    Q_OBJECT
public:
    NetworkChange(NetworkConfigurator &configurator, MetaStore &meta, AuditLog &audit, int confirmS,
                  QObject *parent = nullptr);

    // A change waits for confirmation (also for parts of the box that do not hold this object).
    static bool pendingIn(const MetaStore &meta);

    NetworkSettings current() const; // the confirmed settings (DHCP when never set)
    bool pending() const { return m_pending.has_value(); }
    const NetworkSettings &pendingSettings() const { return *m_pending; }
    int secondsLeft() const;
    int confirmSeconds() const { return m_confirmS; }
    bool rolledBack() const { return m_rolledBack; } // the last change was taken back

    Status apply(const Actor &actor, const NetworkSettings &settings);
    // reachedAt: the box address the confirming request came in on.
    Status confirm(const Actor &actor, const QHostAddress &reachedAt);

Q_SIGNALS:
    void rolledBackNow();

private:
    void rollback();
    void rollBackAfterRestart();
    void setPendingRecord(const QJsonObject &record);

    NetworkConfigurator &m_configurator;
    MetaStore &m_meta;
    AuditLog &m_audit;
    int m_confirmS;
    QTimer m_timer;
    QDeadlineTimer m_deadline;
    std::optional<NetworkSettings> m_pending;
    Actor m_appliedBy;
    bool m_rolledBack = false;
};

} // namespace mente::box
