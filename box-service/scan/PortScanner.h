// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/ConnectProber.h"

namespace mente::box {

// A TCP connect scan of one host (see ConnectProber): reports each open port. run() blocks,
// so it belongs on a worker thread; cancel() may be called from any thread.
class PortScanner
{
public:
    using OpenHandler = std::function<void(quint16 port)>;
    using ProgressHandler = ConnectProber::ProgressHandler;

    PortScanner(QHostAddress target, std::vector<quint16> ports, PortScanOptions options = {});

    void onOpen(OpenHandler handler) { m_onOpen = std::move(handler); }
    void onProgress(ProgressHandler handler) { m_prober.onProgress(std::move(handler)); }

    Result<PortScanSummary> run();
    void cancel() { m_prober.cancel(); }

private:
    QHostAddress m_target;
    ConnectProber m_prober;
    OpenHandler m_onOpen;
};

} // namespace mente::box
