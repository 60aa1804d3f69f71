// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QHostAddress>

#include <atomic>
#include <chrono>
#include <functional>
#include <vector>

namespace mente::box {

struct PortScanOptions
{
    int maxInFlight = 1024;                          // sockets connecting at once
    std::chrono::milliseconds initialTimeout{1000};  // before any round-trip time is known
    std::chrono::milliseconds minTimeout{150};
    std::chrono::milliseconds maxTimeout{1500};
    int retries = 1;                                 // extra tries for a port that never answered
    int maxRatePps = 0;                              // connection attempts per second, 0 = no limit
};

struct PortScanSummary
{
    int open = 0;
    int closed = 0;
    int filtered = 0;
    int selfConnectsDropped = 0;
    std::chrono::milliseconds elapsed{0};
    std::chrono::microseconds smoothedRtt{0}; // 0 when nothing answered
};

// A TCP connect scan of one host: non-blocking sockets and epoll, many in flight at once,
// the timeout following measured round-trip times (RFC 6298 style) and a retry for ports
// that stayed silent. run() blocks, so it belongs on a worker thread; cancel() may be called
// from any thread.
class PortScanner
{
public:
    using OpenHandler = std::function<void(quint16 port)>;
    using ProgressHandler = std::function<void(int done, int total)>;

    PortScanner(QHostAddress target, std::vector<quint16> ports, PortScanOptions options = {});

    void onOpen(OpenHandler handler) { m_onOpen = std::move(handler); }
    // Called at most every 100 ms and once at the end.
    void onProgress(ProgressHandler handler) { m_onProgress = std::move(handler); }

    Result<PortScanSummary> run();
    void cancel() { m_cancelled.store(true); }
    bool cancelled() const { return m_cancelled.load(); }

private:
    QHostAddress m_target;
    std::vector<quint16> m_ports;
    PortScanOptions m_options;
    OpenHandler m_onOpen;
    ProgressHandler m_onProgress;
    std::atomic_bool m_cancelled{false};
};

} // namespace mente::box
