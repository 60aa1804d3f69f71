// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QHostAddress>

#include <atomic>
#include <functional>
#include <vector>

namespace mente::box {

// An ICMP echo sweep of IPv4 hosts at a bounded packet rate. It uses an unprivileged datagram
// ICMP socket when net.ipv4.ping_group_range allows one, else a raw socket (root or
// CAP_NET_RAW); open() says which, or fails when ICMP is not allowed at all (the caller then
// sweeps with TCP). run() blocks: call it on a worker thread; cancel() from any thread.
class IcmpSweeper
{
public:
    IcmpSweeper(std::vector<QHostAddress> hosts, int ratePps, int timeoutMs);
    ~IcmpSweeper();
    IcmpSweeper(const IcmpSweeper &) = delete;
    IcmpSweeper &operator=(const IcmpSweeper &) = delete;

    // preference: "auto", "datagram" or "raw"; gives the method used, "icmp-datagram" or "icmp-raw".
    Result<QString> open(const QString &preference);
    // Which hosts answered; progress(sent, total) now and then.
    std::vector<bool> run(const std::function<void(int, int)> &progress);
    void cancel() { m_cancelled.store(true); }

    static QByteArray echoRequest(quint16 id, quint16 seq);
    static quint16 checksum(const QByteArray &data);

private:
    std::vector<QHostAddress> m_hosts;
    int m_ratePps;
    int m_timeoutMs;
    int m_fd = -1;
    bool m_raw = false;
    std::atomic_bool m_cancelled{false};
};

} // namespace mente::box
