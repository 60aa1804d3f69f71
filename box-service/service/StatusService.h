// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kernel/Actor.h"
#include "kernel/BoxIdentity.h"
#include "service/StatusSettings.h"
#include "shared/Box.h"
#include "shared/Result.h"

namespace mente {
class Clock;
}

namespace mente::box {

class AuditLog;
class CustomerService;
class DeviceStore;
class MetaStore;
class ReportService;
class ReportStore;

// The hub's address and credentials of the box's VPN, shown only on an explicit, audited request.
struct VpnCredentials
{
    QString hub;
    QString user;
    QString password;
};

// What the box says of itself: its fleet row (F3, GET /status and every mail's facts), its detail
// (F5, GET /box) and, on request, the VPN password.
class StatusService
{
public:
    StatusService(const BoxIdentity &identity, StatusSettings settings, CustomerService &customers,
                  DeviceStore &devices, MetaStore &meta, ReportService &reports, ReportStore &reportStore,
                  AuditLog &audit, const Clock &clock);

    const BoxIdentity &identity() const { return m_identity; }
    BoxStatus current() const;
    BoxInfo info() const;
    bool vpnPasswordSet() const { return !m_settings.vpnPassword.isEmpty(); }
    Result<VpnCredentials> revealVpnPassword(const Actor &actor);

private:
    int sshPort() const;
    QString addressMode() const;

    const BoxIdentity &m_identity;
    const StatusSettings m_settings;
    CustomerService &m_customers;
    DeviceStore &m_devices;
    MetaStore &m_meta;
    ReportService &m_reports;
    ReportStore &m_reportStore;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace mente::box
