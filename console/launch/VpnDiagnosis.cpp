// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/VpnDiagnosis.h"

namespace mente::console {

using platform::NetworkSnapshot;

namespace {
bool inSubnet(const QHostAddress &ip, const QHostAddress &network, int prefix)
{
    return ip.isInSubnet(network, prefix);
}

// Two IPv4 subnets overlap when the shorter prefix contains the other's network.
bool overlaps(const NetworkSnapshot::Address &a, const NetworkSnapshot::Address &b)
{
    const int shorter = std::min(a.prefix, b.prefix);
    return a.ip.isInSubnet(b.ip, shorter) || b.ip.isInSubnet(a.ip, shorter);
}

QString subnetText(const NetworkSnapshot::Address &a)
{
    const quint32 mask = a.prefix == 0 ? 0 : ~quint32(0) << (32 - a.prefix);
    return QStringLiteral("%1/%2").arg(QHostAddress(a.ip.toIPv4Address() & mask).toString()).arg(a.prefix);
}

// The route the kernel would pick: longest prefix, then lowest metric.
const NetworkSnapshot::Route *bestRoute(const NetworkSnapshot &snapshot, const QHostAddress &device)
{
    const NetworkSnapshot::Route *best = nullptr;
    for (const NetworkSnapshot::Route &r : snapshot.routes) {
        if (!inSubnet(device, r.destination, r.prefix))
            continue;
        if (!best || r.prefix > best->prefix || (r.prefix == best->prefix && r.metric < best->metric))
            best = &r;
    }
    return best;
}
} // namespace

QStringList VpnDiagnosis::defaultAdapterNames()
{
    // Linux vpnclient: "vpn_" + the virtual NIC's name; Windows: "VPN Client Adapter - VPN" and the
    // connection name "VPN - VPN Client" (PacketiX: the same names).
    return {QStringLiteral("vpn_vpn"), QStringLiteral("vpn_vpn2"), QStringLiteral("VPN - VPN Client"),
            QStringLiteral("VPN Client Adapter - VPN"), QStringLiteral("VPN2 - VPN Client")};
}

QString VpnDiagnosis::checkKey(CheckId id)
{
    switch (id) {
    case CheckId::AdapterPresent: return QStringLiteral("adapterPresent");
    case CheckId::AdapterUp: return QStringLiteral("adapterUp");
    case CheckId::AdapterAddress: return QStringLiteral("adapterAddress");
    case CheckId::NoOverlap: return QStringLiteral("noOverlap");
    case CheckId::RouteUsesAdapter: return QStringLiteral("routeUsesAdapter");
    case CheckId::DeviceInSubnet: break;
    }
    return QStringLiteral("deviceInSubnet");
}

const NetworkSnapshot::Interface *VpnDiagnosis::findAdapter(const NetworkSnapshot &snapshot, const QStringList &names)
{
    for (const QString &name : names)
        for (const NetworkSnapshot::Interface &i : snapshot.interfaces)
            if (i.name.compare(name, Qt::CaseInsensitive) == 0
                || i.friendlyName.compare(name, Qt::CaseInsensitive) == 0)
                return &i;
    return nullptr;
}

QList<VpnDiagnosis::Check> VpnDiagnosis::run(const NetworkSnapshot &snapshot, const QStringList &adapterNames,
                                             const QHostAddress &device)
{
    const QStringList names = adapterNames.isEmpty() ? defaultAdapterNames() : adapterNames;
    QList<Check> checks;
    auto add = [&checks](CheckId id, bool ok, const QString &title, const QString &detail) {
        checks.append({id, ok, false, title, detail});
    };
    auto skipRest = [&checks](std::initializer_list<CheckId> ids) {
        for (const CheckId id : ids)
            checks.append({id, false, true, {}, tr("Not checked: fix the fault above first.")});
    };

    const NetworkSnapshot::Interface *adapter = findAdapter(snapshot, names);
    add(CheckId::AdapterPresent, adapter != nullptr, tr("VPN adapter present"),
        adapter ? tr("Found \"%1\".").arg(adapter->friendlyName.isEmpty() ? adapter->name : adapter->friendlyName)
                : tr("No adapter named %1. Install the SoftEther/PacketiX VPN client and create its virtual adapter, "
                     "or set the adapter's name in Settings. Without it, use the SSH tunnel through the box.")
                      .arg(names.join(QStringLiteral(", "))));
    if (!adapter) {
        skipRest({CheckId::AdapterUp, CheckId::AdapterAddress, CheckId::NoOverlap, CheckId::RouteUsesAdapter,
                  CheckId::DeviceInSubnet});
        return checks;
    }
    const bool up = adapter->up && adapter->running;
    add(CheckId::AdapterUp, up, tr("Adapter connected"),
        up ? tr("The adapter is up.")
           : tr("The adapter is down. Connect the VPN connection setting in the VPN client manager."));
    if (!up) { // a down adapter has no address yet either: one fault, one thing to do
        skipRest({CheckId::AdapterAddress, CheckId::NoOverlap, CheckId::RouteUsesAdapter, CheckId::DeviceInSubnet});
        return checks;
    }
    const bool hasAddress = !adapter->addresses.isEmpty();
    add(CheckId::AdapterAddress, hasAddress, tr("Adapter has an address"),
        hasAddress ? tr("%1 on the adapter.").arg(subnetText(adapter->addresses.first()))
                   : tr("The adapter has no IPv4 address. Check that the box's virtual hub hands out addresses "
                        "(DHCP) or give the adapter a fixed address."));
    if (!hasAddress) {
        skipRest({CheckId::NoOverlap, CheckId::RouteUsesAdapter, CheckId::DeviceInSubnet});
        return checks;
    }

    QString clash;
    for (const NetworkSnapshot::Interface &other : snapshot.interfaces) {
        if (&other == adapter || !other.up)
            continue;
        for (const auto &mine : adapter->addresses)
            for (const auto &theirs : other.addresses)
                if (!theirs.ip.isLoopback() && overlaps(mine, theirs) && clash.isEmpty())
                    clash = tr("%1 on \"%2\" overlaps %3 on the VPN adapter.")
                                .arg(subnetText(theirs), other.friendlyName.isEmpty() ? other.name : other.friendlyName,
                                     subnetText(mine));
    }
    add(CheckId::NoOverlap, clash.isEmpty(), tr("No overlapping subnet"),
        clash.isEmpty() ? tr("No other interface uses the customer's subnet.")
                        : tr("%1 %2").arg(clash, tr("The customer's LAN uses the same addresses as one of your own "
                                                    "networks: use the SSH tunnel through the box.")));

    const NetworkSnapshot::Route *route = bestRoute(snapshot, device);
    const bool viaAdapter = route && route->interfaceName == adapter->name;
    QString routeDetail;
    if (viaAdapter)
        routeDetail = tr("Traffic to %1 goes through the VPN adapter.").arg(device.toString());
    else if (!route)
        routeDetail = tr("No route leads to %1. Add a route for the customer's subnet through the VPN adapter.")
                          .arg(device.toString());
    else
        routeDetail = tr("Traffic to %1 leaves through \"%2\" (%3/%4, metric %5), not the VPN adapter. Give the VPN "
                         "adapter a lower interface metric or add a route for the customer's subnet through it, "
                         "or use the SSH tunnel.")
                          .arg(device.toString(), route->interfaceName, route->destination.toString())
                          .arg(route->prefix)
                          .arg(route->metric);
    add(CheckId::RouteUsesAdapter, viaAdapter, tr("Route goes through the VPN"), routeDetail);

    bool inside = false;
    for (const auto &a : adapter->addresses)
        inside = inside || inSubnet(device, a.ip, a.prefix);
    add(CheckId::DeviceInSubnet, inside, tr("Device inside the VPN subnet"),
        inside ? tr("%1 is inside %2.").arg(device.toString(), subnetText(adapter->addresses.first()))
               : tr("%1 is not inside the adapter's subnet %2. Check the device's address, or that the box bridges "
                    "the right LAN.")
                     .arg(device.toString(), subnetText(adapter->addresses.first())));
    return checks;
}

bool VpnDiagnosis::usable(const QList<Check> &checks)
{
    for (const Check &c : checks)
        if (!c.ok)
            return false;
    return !checks.isEmpty();
}

} // namespace mente::console
