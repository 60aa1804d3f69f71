// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/SshProbe.h"

#include "shared/Protocol.h"

namespace mente::box {

QString SshProbe::protocol() const
{
    return protocol::SSH;
}

ProbeVerdict SshProbe::parse(const QByteArray &received) const
{
    // RFC 4253 lets a server send other lines before its identification; only the first line
    // is read here, which is what every real server does.
    static const QByteArray prefix = QByteArrayLiteral("SSH-");
    const qsizetype n = qMin(received.size(), prefix.size());
    if (received.left(n) != prefix.left(n))
        return ProbeVerdict::NoMatch;
    if (received.size() < prefix.size())
        return ProbeVerdict::NeedMore;
    // "SSH-2.0-x" or "SSH-1.99-x": a version, a dash, then a software name.
    const qsizetype dash = received.indexOf('-', prefix.size());
    if (dash < 0)
        return received.size() < 32 ? ProbeVerdict::NeedMore : ProbeVerdict::NoMatch;
    const QByteArray version = received.mid(prefix.size(), dash - prefix.size());
    if (version != "2.0" && version != "1.99" && version != "1.5")
        return ProbeVerdict::NoMatch;
    return ProbeVerdict::Match;
}

} // namespace mente::box
