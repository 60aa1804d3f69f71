// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace mente::box {

enum class ProbeVerdict {
    NeedMore, // what came so far could still be this protocol
    Match,    // it is this protocol
    NoMatch,  // it is not
};

// Recognises one protocol from the bytes a service sends. Pure and stateless: the parse
// functions see everything received so far, so they can be fuzzed and unit-tested alone.
class ProtocolProbe
{
public:
    virtual ~ProtocolProbe() = default;

    virtual QString protocol() const = 0;
    // True when the service talks first (SSH, VNC, Telnet); false when it waits for request().
    virtual bool serverSpeaksFirst() const = 0;
    // The bytes to send for a client-first protocol; empty for server-first ones.
    virtual QByteArray request(const QString &host) const
    {
        Q_UNUSED(host);
        return {};
    }
    virtual ProbeVerdict parse(const QByteArray &received) const = 0;
};

} // namespace mente::box
