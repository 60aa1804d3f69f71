// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/ProtocolProbe.h"

namespace mente::box {

// Telnet: option negotiation (IAC DO/DONT/WILL/WONT/SB, RFC 854/855) or, for servers that
// negotiate nothing, a text login prompt ("login:", "Username:", "Password:").
class TelnetProbe : public ProtocolProbe
{
public:
    QString protocol() const override;
    bool serverSpeaksFirst() const override { return true; }
    ProbeVerdict parse(const QByteArray &received) const override;

    static constexpr int kMaxGreeting = 2048; // text longer than this without a prompt: not Telnet
};

} // namespace mente::box
