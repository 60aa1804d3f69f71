// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/Check.h"

#include <QElapsedTimer>

namespace mente::box {

class IcmpPinger;

// Is the device alive? One ICMP echo; when no echo comes back (filtered) or ICMP is not
// permitted, a TCP connect to a port known to be open (a refused connect proves life too).
// The result's method says which: "icmp", "icmp-raw", "tcp:22", "icmp+tcp:22".
class AliveCheck final : public Check
{
    Q_OBJECT
public:
    AliveCheck(CheckTarget target, IcmpPinger &pinger, QObject *parent = nullptr);
    void start() override;

private:
    void onEcho(int rttMs, const QString &cause);
    void tryTcp(const QString &icmpCause);

    static constexpr int kEchoes = 3;
    int m_outstanding = 0;
    int m_answered = 0;
    bool m_tcpStarted = false;

    IcmpPinger &m_pinger;
    QElapsedTimer m_elapsed;
};

} // namespace mente::box
