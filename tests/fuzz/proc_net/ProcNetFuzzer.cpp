// SPDX-License-Identifier: GPL-3.0-or-later
// /proc/net/arp and /proc/net/route on arbitrary bytes: the neighbour table keeps only resolved
// IPv4 entries with a lower-case MAC; the default route is an IPv4 address and an interface or
// nothing; the console's routes have prefixes of 0 to 32. Never a crash, never more entries than lines.
#include "discovery/NeighbourTable.h"
#include "monitor/ProcNetTables.h"
#include "platform/NetworkSnapshot.h"
#include "support/FuzzCheck.h"

#include <QHostAddress>

#include <cstdint>

using namespace mente::box;
using mente::console::platform::parseRouteTable;
using mente::test::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype lines = text.count('\n') + 1;

    const QList<NeighbourTable::Entry> neighbours = NeighbourTable::parse(text);
    require(neighbours.size() < lines);
    for (const NeighbourTable::Entry &e : neighbours) {
        require(QHostAddress(e.ip).protocol() == QAbstractSocket::IPv4Protocol);
        require(e.mac.size() == 17 && e.mac == e.mac.toLower() && e.device.size() <= 32);
        (void)ProcNetTables::arpResolved(text, e.ip);
    }

    const QPair<QString, QString> route = ProcNetTables::defaultRoute(text);
    if (!route.first.isEmpty())
        require(QHostAddress(route.first).protocol() == QAbstractSocket::IPv4Protocol);
    (void)ProcNetTables::arpResolved(text, route.first);

    const auto routes = parseRouteTable(text);
    require(routes.size() < lines);
    for (const auto &r : routes)
        require(r.prefix >= 0 && r.prefix <= 32);
    return 0;
}
