// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/ConnectProber.h"

#include <mutex>

namespace mente::box {

// A TCP port scan of one host: a SYN scan (SynScanner) when options.method allows it and the
// box may open raw sockets, else a connect scan (ConnectProber) spread over
// options.connectThreads threads. Reports each open port; run() blocks, so it belongs on a
// worker thread; handlers may be called from several threads; cancel() from any thread.
class PortScanner
{
public:
    using OpenHandler = std::function<void(quint16 port)>;
    using ProgressHandler = ConnectProber::ProgressHandler;

    PortScanner(QHostAddress target, std::vector<quint16> ports, PortScanOptions options = {});

    void onOpen(OpenHandler handler) { m_onOpen = std::move(handler); }
    void onProgress(ProgressHandler handler) { m_onProgress = std::move(handler); }

    Result<PortScanSummary> run();
    void cancel();

private:
    Result<PortScanSummary> runConnect();

    QHostAddress m_target;
    std::vector<quint16> m_ports;
    PortScanOptions m_options;
    OpenHandler m_onOpen;
    ProgressHandler m_onProgress;
    std::atomic_bool m_cancelled{false};
    std::mutex m_cancelMutex;
    std::vector<std::function<void()>> m_cancellers;
};

} // namespace mente::box
