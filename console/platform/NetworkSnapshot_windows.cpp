// SPDX-License-Identifier: GPL-3.0-or-later
// Not built or run on Linux. Interfaces from QNetworkInterface; routes from the IP Helper API
// (GetIpForwardTable2), whose metric is the route's plus the interface's, as Windows adds them.
#include "platform/NetworkSnapshot.h"

#include <QNetworkInterface>

#include <iphlpapi.h>
#include <netioapi.h>
#include <winsock2.h>
#include <ws2ipdef.h>

namespace mente::console::platform {

NetworkSnapshot readNetworkSnapshot()
{
    NetworkSnapshot snapshot;
    snapshot.interfaces = readInterfaces();
    PMIB_IPFORWARD_TABLE2 table = nullptr;
    if (GetIpForwardTable2(AF_INET, &table) != NO_ERROR)
        return snapshot;
    for (ULONG n = 0; n < table->NumEntries; ++n) {
        const MIB_IPFORWARD_ROW2 &row = table->Table[n];
        NetworkSnapshot::Route r;
        r.interfaceName = QNetworkInterface::interfaceNameFromIndex(int(row.InterfaceIndex));
        r.destination = QHostAddress(ntohl(row.DestinationPrefix.Prefix.Ipv4.sin_addr.S_un.S_addr));
        r.prefix = row.DestinationPrefix.PrefixLength;
        const quint32 gateway = ntohl(row.NextHop.Ipv4.sin_addr.S_un.S_addr);
        if (gateway != 0)
            r.gateway = QHostAddress(gateway);
        MIB_IPINTERFACE_ROW ifRow = {};
        ifRow.Family = AF_INET;
        ifRow.InterfaceIndex = row.InterfaceIndex;
        const ULONG interfaceMetric = GetIpInterfaceEntry(&ifRow) == NO_ERROR ? ifRow.Metric : 0;
        r.metric = int(row.Metric + interfaceMetric);
        snapshot.routes.append(r);
    }
    FreeMibTable(table);
    return snapshot;
}

} // namespace mente::console::platform
