// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/ConnectProber.h"

namespace mente::box {

// A half-open (SYN) scan of one IPv4 host through a raw socket: one small packet per port and no
// socket, file or TCP state in the box's kernel per port, so it is several times faster than
// connect() on a large port range. Needs root or CAP_NET_RAW; open() fails without (the caller
// then uses ConnectProber). Answers: SYN/ACK = open (the kernel resets it, the service never
// sees a connection), RST = closed, nothing after the retries = filtered. Same timeout
// adaptation and retry as ConnectProber. run() blocks; cancel() from any thread.
class SynScanner
{
public:
    using ResultHandler = std::function<void(quint16 port, ConnectOutcome outcome)>;
    using ProgressHandler = ConnectProber::ProgressHandler;

    SynScanner(QHostAddress target, std::vector<quint16> ports, PortScanOptions options = {});
    ~SynScanner();
    SynScanner(const SynScanner &) = delete;
    SynScanner &operator=(const SynScanner &) = delete;

    Status open();
    void onResult(ResultHandler handler) { m_onResult = std::move(handler); }
    void onProgress(ProgressHandler handler) { m_onProgress = std::move(handler); }
    Result<PortScanSummary> run();
    void cancel() { m_cancelled.store(true); }

    // The TCP checksum over the IPv4 pseudo-header (addresses in host order).
    static quint16 tcpChecksum(quint32 source, quint32 destination, const unsigned char *segment, int length);

private:
    QHostAddress m_target;
    std::vector<quint16> m_ports;
    PortScanOptions m_options;
    ResultHandler m_onResult;
    ProgressHandler m_onProgress;
    std::atomic_bool m_cancelled{false};
    int m_raw = -1;
    int m_portHolder = -1; // a bound TCP socket that reserves our source port
    quint32 m_source = 0;
    quint16 m_sourcePort = 0;
};

} // namespace mente::box
