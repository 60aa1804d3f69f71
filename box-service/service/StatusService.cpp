// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/StatusService.h"

#include "report/ReportPeriod.h"
#include "report/ReportService.h"
#include "service/CustomerService.h"
#include "shared/Clock.h"
#include "store/AuditLog.h"
#include "store/DeviceStore.h"
#include "store/MetaStore.h"
#include "store/ReportStore.h"

namespace mente::box {

StatusService::StatusService(const BoxIdentity &identity, StatusSettings settings, CustomerService &customers,
                             DeviceStore &devices, MetaStore &meta, ReportService &reports, ReportStore &reportStore,
                             AuditLog &audit, const Clock &clock)
    : m_identity(identity)
    , m_settings(std::move(settings))
    , m_customers(customers)
    , m_devices(devices)
    , m_meta(meta)
    , m_reports(reports)
    , m_reportStore(reportStore)
    , m_audit(audit)
    , m_clock(clock)
{}

// [box] ssh_port when set (NAT in front of the box), else the tunnel endpoint's real port.
int StatusService::sshPort() const
{
    return m_settings.sshPort > 0 ? m_settings.sshPort : m_identity.sshListenPort;
}

QString StatusService::addressMode() const
{
    if (!m_settings.addressMode.isEmpty())
        return m_settings.addressMode;
    return m_meta.value(QStringLiteral("network.mode")).value_or(QStringLiteral("dhcp"));
}

BoxStatus StatusService::current() const
{
    const Customer customer = m_customers.customer();
    const Licence licence = m_customers.licence();
    const DeviceStore::Summary summary = m_devices.summary();
    BoxStatus s;
    s.serial = m_identity.serial;
    s.customerName = customer.company;
    s.subdomain = customer.subdomain;
    s.deviceState = summary.state;
    s.boxState = HealthState::Ok; // it answers; the console marks a silent box as fault
    s.vpnState = healthStateFromWire(m_meta.value(QStringLiteral("vpn.state")).value_or(QString()))
                     .value_or(HealthState::Unknown);
    s.monitoredCount = summary.monitoredCount;
    s.deviceCount = summary.deviceCount;
    s.licenceKey = licence.key;
    s.licenceStart = licence.startDate;
    s.licenceEnd = licence.endDate;
    s.mac = m_identity.network.mac;
    s.addressMode = addressMode();
    s.localIp = m_identity.network.localIp;
    s.globalIp = m_meta.value(QStringLiteral("network.globalIp")).value_or(QString());
    s.sshPort = sshPort();
    s.version = m_identity.version;
    s.registered = customer.registered();
    s.at = m_clock.now();
    const ReportPeriod last = ReportPeriod::lastEnded(s.at, customer.reportDay, m_reports.zone());
    if (const auto report = m_reportStore.byMonth(last.month); report && !report->partial)
        s.lastMonthOk = ReportSummary::of(*report).ok;
    return s;
}

BoxInfo StatusService::info() const
{
    BoxInfo info;
    info.serial = m_identity.serial;
    info.mac = m_identity.network.mac;
    info.addressMode = addressMode();
    info.localIp = m_identity.network.localIp;
    info.globalIp = m_meta.value(QStringLiteral("network.globalIp")).value_or(QString());
    info.subdomain = m_customers.customer().subdomain;
    info.sshPort = sshPort();
    info.sshUser = m_settings.sshUser;
    info.sshHostKey = m_identity.sshHostKey;
    info.vpnHub = m_settings.vpnHub;
    info.vpnUser = m_settings.vpnUser;
    info.version = m_identity.version;
    info.startedAt = m_identity.startedAt;
    info.uptimeS = m_identity.startedAt.secsTo(m_clock.now());
    info.tlsFingerprint = m_identity.tlsFingerprint;
    return info;
}

Result<VpnCredentials> StatusService::revealVpnPassword(const Actor &actor)
{
    if (const Status s = m_audit.record({actor.op.id,
                                         actor.op.login,
                                         actor.address,
                                         QStringLiteral("box.vpn-password.reveal"),
                                         m_identity.serial,
                                         {}});
        !s)
        return s.error();
    return VpnCredentials{m_settings.vpnHub, m_settings.vpnUser, m_settings.vpnPassword};
}

} // namespace mente::box
