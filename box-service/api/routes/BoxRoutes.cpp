// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Router.h"
#include "api/Routes.h"
#include "app/BoxContext.h"
#include "app/CustomerService.h"
#include "report/ReportPeriod.h"
#include "report/ReportService.h"
#include "shared/ApiPaths.h"
#include "shared/Box.h"
#include "shared/Clock.h"
#include "store/AuditLog.h"
#include "store/DeviceStore.h"
#include "store/MetaStore.h"
#include "store/ReportStore.h"

namespace mente::box {

namespace {
// [box] ssh_port when set (NAT in front of the box), else the tunnel endpoint's real port.
int sshPort(const BoxContext &box)
{
    return box.config->box.sshPort > 0 ? box.config->box.sshPort : box.sshListenPort;
}

QString addressMode(const BoxContext &box)
{
    if (!box.config->box.addressMode.isEmpty())
        return box.config->box.addressMode;
    return box.meta->value(QStringLiteral("network.mode")).value_or(QStringLiteral("dhcp"));
}
} // namespace

// The fleet row of this box (F3), built from the store.
BoxStatus currentStatus(const BoxContext &box)
{
    const Customer customer = box.customerService->customer();
    const Licence licence = box.customerService->licence();
    const DeviceStore::Summary summary = box.devices->summary();
    BoxStatus s;
    s.serial = box.serial;
    s.customerName = customer.company;
    s.subdomain = customer.subdomain;
    s.deviceState = summary.state;
    s.boxState = HealthState::Ok; // it answers; the console marks a silent box as fault
    s.vpnState = healthStateFromWire(box.meta->value(QStringLiteral("vpn.state")).value_or(QString()))
                     .value_or(HealthState::Unknown);
    s.monitoredCount = summary.monitoredCount;
    s.deviceCount = summary.deviceCount;
    s.licenceKey = licence.key;
    s.licenceStart = licence.startDate;
    s.licenceEnd = licence.endDate;
    s.mac = box.network.mac;
    s.addressMode = addressMode(box);
    s.localIp = box.network.localIp;
    s.globalIp = box.meta->value(QStringLiteral("network.globalIp")).value_or(QString());
    s.sshPort = sshPort(box);
    s.version = box.version;
    s.registered = customer.registered();
    s.at = box.clock->now();
    if (box.reports && box.reportStore) {
        const ReportPeriod last = ReportPeriod::lastEnded(s.at, customer.reportDay, box.reports->zone());
        if (const auto report = box.reportStore->byMonth(last.month); report && !report->partial)
            s.lastMonthOk = ReportSummary::of(*report).ok;
    }
    return s;
}

void registerBoxRoutes(Router &router, BoxContext &box)
{
    router.add("GET", api::Health, Access::Public, [&box](const ApiRequest &) {
        return ApiReply::json({{QStringLiteral("status"), QStringLiteral("ok")},
                               {QStringLiteral("version"), box.version},
                               {QStringLiteral("serial"), box.serial}});
    });

    router.add("GET", api::Status, Access::Operator,
               [&box](const ApiRequest &) { return ApiReply::json(currentStatus(box).toJson()); });

    router.add("GET", api::Box, Access::Operator, [&box](const ApiRequest &) {
        BoxInfo info;
        info.serial = box.serial;
        info.mac = box.network.mac;
        info.addressMode = addressMode(box);
        info.localIp = box.network.localIp;
        info.globalIp = box.meta->value(QStringLiteral("network.globalIp")).value_or(QString());
        info.subdomain = box.customerService->customer().subdomain;
        info.sshPort = sshPort(box);
        info.sshUser = box.config->tunnel.user;
        info.sshHostKey = box.sshHostKey;
        info.vpnHub = box.config->vpn.hub;
        info.vpnUser = box.config->vpn.user;
        info.version = box.version;
        info.startedAt = box.startedAt;
        info.uptimeS = box.startedAt.secsTo(box.clock->now());
        info.tlsFingerprint = box.tlsFingerprint;
        QJsonObject json = info.toJson();
        json.insert(QStringLiteral("vpnPasswordSet"), !box.config->vpn.password.isEmpty());
        return ApiReply::json(json);
    });

    // The hub password is shown only on an explicit request, and every such request is audited.
    router.add("GET", api::BoxVpnPassword, Access::Operator, [&box](const ApiRequest &request) {
        const Actor &actor = *request.actor;
        if (const Status s = box.audit->record({actor.op.id, actor.op.login, actor.address,
                                                QStringLiteral("box.vpn-password.reveal"), box.serial, {}});
            !s)
            return ApiReply::error(s.error());
        return ApiReply::json({{QStringLiteral("hub"), box.config->vpn.hub},
                               {QStringLiteral("user"), box.config->vpn.user},
                               {QStringLiteral("password"), box.config->vpn.password}});
    });
}

} // namespace mente::box
