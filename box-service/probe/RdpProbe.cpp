// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/RdpProbe.h"

#include "shared/Protocol.h"

namespace mente::box {

QString RdpProbe::protocol() const
{
    return protocol::RDP;
}

QByteArray RdpProbe::request(const QString &host) const
{
    Q_UNUSED(host);
    static const char bytes[] = {
        0x03, 0x00,       0x00, 0x13,                         // TPKT: version 3, length 19
        0x0e, char(0xe0), 0x00, 0x00, 0x00, 0x00, 0x00,       // X.224 CR: LI 14, dst/src ref, class 0
        0x01, 0x00,       0x08, 0x00, 0x03, 0x00, 0x00, 0x00, // RDP_NEG_REQ: TLS | CredSSP
    };
    return QByteArray(bytes, sizeof bytes);
}

ProbeVerdict RdpProbe::parse(const QByteArray &received) const
{
    const qsizetype n = received.size();
    auto at = [&](qsizetype i) { return static_cast<unsigned char>(received.at(i)); };
    if (n >= 1 && at(0) != 0x03)
        return ProbeVerdict::NoMatch;
    if (n >= 2 && at(1) != 0x00)
        return ProbeVerdict::NoMatch;
    if (n >= 4) {
        const int length = (at(2) << 8) | at(3);
        if (length < 11) // TPKT header + the 7-byte fixed part of a CC TPDU
            return ProbeVerdict::NoMatch;
    }
    if (n >= 5 && (at(4) < 6 || at(4) == 0xff)) // X.224 length indicator
        return ProbeVerdict::NoMatch;
    if (n < 6)
        return ProbeVerdict::NeedMore;
    return (at(5) & 0xf0) == 0xd0 ? ProbeVerdict::Match : ProbeVerdict::NoMatch;
}

} // namespace mente::box
