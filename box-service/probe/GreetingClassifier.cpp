// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/GreetingClassifier.h"

#include "probe/SshProbe.h"
#include "probe/TelnetProbe.h"
#include "probe/VncProbe.h"

namespace mente::box {

GreetingClassifier::Outcome GreetingClassifier::classify(const QByteArray &greeting)
{
    static const SshProbe ssh;
    static const VncProbe vnc;
    static const TelnetProbe telnet;
    const ProtocolProbe *probes[] = {&ssh, &vnc, &telnet};

    Outcome outcome;
    bool undecided = false;
    for (const ProtocolProbe *probe : probes) {
        switch (probe->parse(greeting)) {
        case ProbeVerdict::Match:
            outcome.verdict = ProbeVerdict::Match;
            outcome.protocol = probe->protocol();
            return outcome;
        case ProbeVerdict::NeedMore: undecided = true; break;
        case ProbeVerdict::NoMatch: break;
        }
    }
    outcome.verdict = undecided ? ProbeVerdict::NeedMore : ProbeVerdict::NoMatch;
    return outcome;
}

} // namespace mente::box
