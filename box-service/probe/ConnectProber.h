// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QHostAddress>

#include <atomic>
#include <chrono>
#include <functional>
#include <vector>

namespace mente::box {

enum class ScanMethod {
    Auto,    // SYN when raw sockets are allowed and the target is an IPv4 LAN host, else connect
    Connect, // TCP connect() only
    Syn,     // raw SYN packets only (fails without the right)
};

struct PortScanOptions
{
    ScanMethod method = ScanMethod::Connect;        // PortScanner only; ConnectProber always connects
    int connectThreads = 1;                         // PortScanner's connect scan: threads sharing the ports
    int maxInFlight = 1024;                         // sockets connecting at once
    std::chrono::milliseconds initialTimeout{1000}; // before any round-trip time is known
    std::chrono::milliseconds minTimeout{150};
    std::chrono::milliseconds maxTimeout{1500};
    int retries = 1;               // extra tries for a port that never answered
    int maxRatePps = 0;            // connection attempts per second, 0 = no limit
    bool stopHostOnAnswer = false; // sweeps: one answer (open or refused) proves a host is up
};

struct PortScanSummary
{
    int open = 0;
    int closed = 0;
    int filtered = 0;
    int selfConnectsDropped = 0;
    std::chrono::milliseconds elapsed{0};
    std::chrono::microseconds smoothedRtt{0}; // 0 when nothing answered
    QString method;                           // "syn" or "connect"
};

enum class ConnectOutcome {
    Open,        // the handshake completed
    Refused,     // RST: closed port, but the host is up
    Silent,      // no answer after the retries: filtered, or no such host
    Unreachable, // the network said so (ICMP unreachable, no route, no ARP answer)
};

// TCP connects to every (host, port) pair with non-blocking sockets and epoll: many in flight
// at once, an optional rate limit, the timeout following measured round-trip times (RFC 6298
// style) and a retry for pairs that stayed silent. Self-connects on loopback count as refused.
// run() blocks, so it belongs on a worker thread; cancel() may be called from any thread.
class ConnectProber
{
public:
    using ResultHandler = std::function<void(int hostIndex, quint16 port, ConnectOutcome outcome)>;
    using ProgressHandler = std::function<void(int done, int total)>;

    ConnectProber(std::vector<QHostAddress> hosts, std::vector<quint16> ports, PortScanOptions options = {});

    void onResult(ResultHandler handler) { m_onResult = std::move(handler); }
    // Called at most every 100 ms and once at the end.
    void onProgress(ProgressHandler handler) { m_onProgress = std::move(handler); }

    Result<PortScanSummary> run();
    void cancel() { m_cancelled.store(true); }

private:
    std::vector<QHostAddress> m_hosts;
    std::vector<quint16> m_ports;
    PortScanOptions m_options;
    ResultHandler m_onResult;
    ProgressHandler m_onProgress;
    std::atomic_bool m_cancelled{false};
};

} // namespace mente::box
