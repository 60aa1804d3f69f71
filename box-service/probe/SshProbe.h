// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/ProtocolProbe.h"

namespace mente::box {

// SSH: the server's identification string "SSH-protoversion-softwareversion" (RFC 4253 §4.2).
class SshProbe : public ProtocolProbe
{
public:
    QString protocol() const override;
    bool serverSpeaksFirst() const override { return true; }
    ProbeVerdict parse(const QByteArray &received) const override;
};

} // namespace mente::box
