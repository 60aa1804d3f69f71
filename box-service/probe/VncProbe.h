// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/ProtocolProbe.h"

namespace mente::box {

// VNC: the RFB ProtocolVersion message, exactly 12 bytes "RFB xxx.yyy\n" (RFC 6143 §7.1.1).
class VncProbe : public ProtocolProbe
{
public:
    QString protocol() const override;
    bool serverSpeaksFirst() const override { return true; }
    ProbeVerdict parse(const QByteArray &received) const override;
};

} // namespace mente::box
