// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/PortScanner.h"

#include "scan/ScanLogging.h"

namespace mente::box {

PortScanner::PortScanner(QHostAddress target, std::vector<quint16> ports, PortScanOptions options)
    : m_target(target), m_prober({std::move(target)}, std::move(ports), options)
{
}

Result<PortScanSummary> PortScanner::run()
{
    m_prober.onResult([this](int, quint16 port, ConnectOutcome outcome) {
        if (outcome == ConnectOutcome::Open && m_onOpen)
            m_onOpen(port);
    });
    const Result<PortScanSummary> result = m_prober.run();
    if (result.ok())
        qCDebug(lcScan) << "scanned" << m_target.toString() << "in" << result->elapsed.count() << "ms:" << result->open
                        << "open" << result->closed << "closed" << result->filtered << "filtered";
    return result;
}

} // namespace mente::box
