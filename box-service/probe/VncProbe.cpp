// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/VncProbe.h"

#include "shared/Protocol.h"

namespace mente::box {

QString VncProbe::protocol() const
{
    return protocol::VNC;
}

ProbeVerdict VncProbe::parse(const QByteArray &received) const
{
    // Template: 'R' 'F' 'B' ' ' d d d '.' d d d '\n'
    static const char pattern[] = "RFB 999.999\n";
    const qsizetype n = qMin<qsizetype>(received.size(), 12);
    for (qsizetype i = 0; i < n; ++i) {
        const char want = pattern[i];
        const char got = received.at(i);
        const bool ok = want == '9' ? (got >= '0' && got <= '9') : got == want;
        if (!ok)
            return ProbeVerdict::NoMatch;
    }
    return n == 12 ? ProbeVerdict::Match : ProbeVerdict::NeedMore;
}

} // namespace mente::box
