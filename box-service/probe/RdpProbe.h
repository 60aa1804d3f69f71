// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/ProtocolProbe.h"

namespace mente::box {

// RDP: sends an X.224 Connection Request in a TPKT with an RDP negotiation request
// ([MS-RDPBCGR] 2.2.1.1) and expects an X.224 Connection Confirm (TPKT version 3, CC code
// 0xD0). A confirm that refuses our security protocols is still RDP.
class RdpProbe : public ProtocolProbe
{
public:
    QString protocol() const override;
    bool serverSpeaksFirst() const override { return false; }
    QByteArray request(const QString &host) const override;
    ProbeVerdict parse(const QByteArray &received) const override;
};

} // namespace mente::box
