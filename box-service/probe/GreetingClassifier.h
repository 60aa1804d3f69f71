// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/ProtocolProbe.h"

#include <QByteArray>
#include <QString>

namespace mente::box {

// Runs every server-first probe (SSH, VNC, Telnet) over what a service sent on its own.
class GreetingClassifier
{
public:
    struct Outcome
    {
        ProbeVerdict verdict = ProbeVerdict::NoMatch; // Match: protocol is set
        QString protocol;
    };
    static Outcome classify(const QByteArray &greeting);
};

} // namespace mente::box
