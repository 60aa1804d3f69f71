// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry: every parser that reads bytes from outside the box gets the same input, and
// the properties the rest of the box relies on are checked (a violation aborts).
#include "discovery/NeighbourTable.h"
#include "discovery/OuiDatabase.h"
#include "probe/BannerText.h"
#include "probe/GreetingClassifier.h"
#include "probe/HttpProbe.h"
#include "probe/RdpProbe.h"
#include "probe/SshProbe.h"
#include "probe/TelnetProbe.h"
#include "probe/VncProbe.h"
#include "scan/PortList.h"

#include <cstdint>
#include <cstdlib>

using namespace mente::box;

namespace {
void require(bool condition)
{
    if (!condition)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    static const SshProbe ssh;
    static const VncProbe vnc;
    static const TelnetProbe telnet;
    static const HttpProbe http;
    static const RdpProbe rdp;
    for (const ProtocolProbe *probe : std::initializer_list<const ProtocolProbe *>{&ssh, &vnc, &telnet, &http, &rdp}) {
        const ProbeVerdict verdict = probe->parse(bytes);
        // Deciding early is final: more bytes never turn a NoMatch into a Match.
        if (verdict == ProbeVerdict::NoMatch && size < 4096)
            require(probe->parse(bytes + QByteArray("\r\n login: HTTP/1.1 200 OK\r\n")) != ProbeVerdict::Match
                    || probe == &telnet);
    }
    const GreetingClassifier::Outcome greeting = GreetingClassifier::classify(bytes);
    require((greeting.verdict == ProbeVerdict::Match) == !greeting.protocol.isEmpty());

    const QString banner = BannerText::sanitize(bytes);
    require(banner.size() <= BannerText::kDefaultMaxChars);
    for (const QChar c : banner)
        require(c.unicode() >= 0x20 && c.unicode() < 0x7f);

    const auto ports = PortList::parse(QString::fromUtf8(bytes));
    if (ports.ok()) {
        const auto &list = ports->ports();
        require(!list.empty());
        for (std::size_t i = 0; i < list.size(); ++i)
            require(list[i] >= 1 && (i == 0 || list[i - 1] < list[i]));
    } else {
        require(ports.error().field == QStringLiteral("ports"));
    }

    for (const auto &entry : NeighbourTable::parse(bytes))
        require(entry.mac.size() == 17 && !entry.ip.isEmpty());

    OuiDatabase oui;
    if (oui.loadText(bytes).ok())
        require(oui.size() > 0);
    OuiDatabase::prefixOf(QString::fromLatin1(bytes.left(64)));
    return 0;
}
