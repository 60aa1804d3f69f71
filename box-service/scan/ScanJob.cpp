// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanJob.h"

#include "probe/ProtocolIdentifier.h"
#include "scan/ScanLogging.h"

#include <algorithm>

namespace mente::box {

ScanJob::ScanJob(QHostAddress host, PortList ports, ScanJobOptions options, QObject *parent)
    : QObject(parent), m_host(std::move(host)), m_options(options), m_portsTotal(ports.size())
{
    PortScanOptions scanner = m_options.scanner;
    scanner.connectThreads = m_options.scanThreads;
    if (!ports.isEmpty())
        m_scanners.push_back(std::make_unique<PortScanner>(m_host, ports.ports(), scanner));
    m_workerDone.assign(m_scanners.size(), 0);
}

ScanJob::~ScanJob()
{
    for (auto &scanner : m_scanners)
        scanner->cancel();
    for (std::thread &worker : m_workers)
        if (worker.joinable())
            worker.join();
}

void ScanJob::start()
{
    // Workers only post to this object; queued calls die with it (the destructor joins first).
    m_workersRunning = int(m_scanners.size());
    for (std::size_t w = 0; w < m_scanners.size(); ++w) {
        PortScanner *scanner = m_scanners[w].get();
        scanner->onOpen([this](quint16 port) {
            QMetaObject::invokeMethod(
                this, [this, port] { onOpen(port); }, Qt::QueuedConnection);
        });
        scanner->onProgress([this, w](int done, int) {
            QMetaObject::invokeMethod(
                this,
                [this, w, done] {
                    m_workerDone[w] = done;
                    int sum = 0;
                    for (int d : m_workerDone)
                        sum += d;
                    m_portsDone = sum;
                    Q_EMIT progress(m_portsDone, m_portsTotal);
                },
                Qt::QueuedConnection);
        });
        m_workers.emplace_back([this, scanner] {
            Result<PortScanSummary> result = scanner->run();
            QMetaObject::invokeMethod(
                this, [this, result] { onScanDone(result); }, Qt::QueuedConnection);
        });
    }
    if (m_scanners.empty())
        QMetaObject::invokeMethod(
            this, [this] { onScanDone(PortScanSummary{}); }, Qt::QueuedConnection);
}

QList<Identification> ScanJob::openPorts() const
{
    QList<Identification> sorted = m_results;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.port < b.port; });
    return sorted;
}

void ScanJob::onOpen(quint16 port)
{
    ++m_openSeen;
    if (m_openSeen > m_options.maxIdentified) {
        // A host that accepts every connection (a proxy, a tarpit) would otherwise flood the
        // box with probes and port rows: the rest is only counted.
        ++m_omitted;
        return;
    }
    m_waiting.push_back(port);
    startIdentifications();
}

void ScanJob::startIdentifications()
{
    while (m_running < m_options.parallelIdentifications && !m_waiting.empty()) {
        const quint16 port = m_waiting.front();
        m_waiting.pop_front();
        auto *identifier = new ProtocolIdentifier(m_host, port, m_options.identify, this);
        ++m_running;
        connect(identifier, &ProtocolIdentifier::finished, this, [this, identifier](const Identification &result) {
            --m_running;
            m_results.append(result);
            identifier->deleteLater();
            Q_EMIT portIdentified(result);
            startIdentifications();
            maybeFinish();
        });
        identifier->start();
    }
}

void ScanJob::onScanDone(const Result<PortScanSummary> &result)
{
    if (--m_workersRunning <= 0) {
        m_scanDone = true;
        m_portsDone = m_portsTotal;
    }
    if (result.ok()) {
        const PortScanSummary &part = result.value();
        m_summary.open += part.open;
        m_summary.closed += part.closed;
        m_summary.filtered += part.filtered;
        m_summary.selfConnectsDropped += part.selfConnectsDropped;
        m_summary.elapsed = qMax(m_summary.elapsed, part.elapsed);
        m_summary.smoothedRtt = qMax(m_summary.smoothedRtt, part.smoothedRtt);
        m_summary.method = part.method;
    } else if (!m_failed) {
        m_failed = true;
        m_error = result.error().message;
        qCWarning(lcScan) << "scan of" << m_host.toString() << "failed:" << m_error;
    }
    maybeFinish();
}

void ScanJob::maybeFinish()
{
    if (m_finished || !m_scanDone || m_running > 0 || !m_waiting.empty())
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace mente::box
