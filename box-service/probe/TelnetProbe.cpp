// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/TelnetProbe.h"

#include "shared/Protocol.h"

namespace mente::box {

namespace {
constexpr unsigned char IAC = 255;
constexpr unsigned char SB = 250;
constexpr unsigned char WILL = 251; // WILL, WONT, DO, DONT are 251-254

bool isPromptText(const QByteArray &text)
{
    const QByteArray lower = text.toLower();
    for (const char *prompt : {"login:", "username:", "user name:", "password:"})
        if (lower.contains(prompt))
            return true;
    return false;
}
} // namespace

QString TelnetProbe::protocol() const
{
    return protocol::TELNET;
}

ProbeVerdict TelnetProbe::parse(const QByteArray &received) const
{
    if (received.isEmpty())
        return ProbeVerdict::NeedMore;
    const auto first = static_cast<unsigned char>(received.at(0));
    if (first == IAC) {
        if (received.size() < 2)
            return ProbeVerdict::NeedMore;
        const auto command = static_cast<unsigned char>(received.at(1));
        if (command == SB || command >= WILL) {
            if (received.size() < 3)
                return ProbeVerdict::NeedMore;
            return ProbeVerdict::Match; // IAC <verb> <option>: negotiation has begun
        }
        return ProbeVerdict::NoMatch;
    }
    // A server that negotiates nothing: printable text ending in a login prompt.
    for (const char ch : received) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 && c != '\r' && c != '\n' && c != '\t' && c != 0)
            return ProbeVerdict::NoMatch;
        if (c == IAC)
            return ProbeVerdict::NoMatch;
    }
    if (isPromptText(received))
        return ProbeVerdict::Match;
    // Other server-first protocols (SSH, RFB, FTP "220", SMTP "220") are not Telnet.
    if (received.startsWith("SSH-") || received.startsWith("RFB "))
        return ProbeVerdict::NoMatch;
    return received.size() < kMaxGreeting ? ProbeVerdict::NeedMore : ProbeVerdict::NoMatch;
}

} // namespace mente::box
