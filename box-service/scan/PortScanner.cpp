// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/PortScanner.h"

#include "probe/SynScanner.h"
#include "scan/ScanLogging.h"

#include <memory>
#include <thread>

namespace mente::box {

PortScanner::PortScanner(QHostAddress target, std::vector<quint16> ports, PortScanOptions options)
    : m_target(std::move(target)), m_ports(std::move(ports)), m_options(options)
{}

void PortScanner::cancel()
{
    m_cancelled.store(true);
    std::lock_guard lock(m_cancelMutex);
    for (const auto &cancel : m_cancellers)
        cancel();
}

Result<PortScanSummary> PortScanner::run()
{
    Result<PortScanSummary> result = Error{};
    if (m_options.method != ScanMethod::Connect) {
        SynScanner syn(m_target, m_ports, m_options);
        const Status opened = syn.open();
        if (opened) {
            syn.onResult([this](quint16 port, ConnectOutcome outcome) {
                if (outcome == ConnectOutcome::Open && m_onOpen)
                    m_onOpen(port);
            });
            syn.onProgress(m_onProgress);
            {
                std::lock_guard lock(m_cancelMutex);
                if (m_cancelled.load())
                    return Error{QStringLiteral("cancelled"), QStringLiteral("The scan was cancelled."), {}};
                m_cancellers.push_back([&syn] { syn.cancel(); });
            }
            result = syn.run();
            {
                std::lock_guard lock(m_cancelMutex);
                m_cancellers.clear();
            }
            if (result.ok())
                result.value().method = QStringLiteral("syn");
        } else if (m_options.method == ScanMethod::Syn) {
            return opened.error();
        } else {
            qCDebug(lcScan) << "no SYN scan of" << m_target.toString() << ":" << opened.error().message;
        }
    }
    if (!result.ok() && result.error().code.isEmpty())
        result = runConnect();
    if (result.ok())
        qCDebug(lcScan) << "scanned" << m_target.toString() << "with" << result->method << "in"
                        << result->elapsed.count() << "ms:" << result->open << "open" << result->closed << "closed"
                        << result->filtered << "filtered";
    return result;
}

Result<PortScanSummary> PortScanner::runConnect()
{
    // connect() costs kernel time per port: interleaved slices on several threads.
    const std::size_t threads = std::size_t(qBound(1, m_options.connectThreads, 8));
    std::vector<std::unique_ptr<ConnectProber>> probers;
    std::vector<std::atomic_int> done(threads);
    for (std::size_t t = 0; t < threads; ++t) {
        std::vector<quint16> slice;
        for (std::size_t i = t; i < m_ports.size(); i += threads)
            slice.push_back(m_ports[i]);
        auto prober = std::make_unique<ConnectProber>(std::vector<QHostAddress>{m_target}, std::move(slice), m_options);
        prober->onResult([this](int, quint16 port, ConnectOutcome outcome) {
            if (outcome == ConnectOutcome::Open && m_onOpen)
                m_onOpen(port);
        });
        prober->onProgress([this, &done, t](int d, int) {
            done[t].store(d);
            int sum = 0;
            for (const auto &part : done)
                sum += part.load();
            if (m_onProgress)
                m_onProgress(sum, int(m_ports.size()));
        });
        probers.push_back(std::move(prober));
    }
    {
        std::lock_guard lock(m_cancelMutex);
        if (m_cancelled.load())
            return Error{QStringLiteral("cancelled"), QStringLiteral("The scan was cancelled."), {}};
        for (auto &p : probers)
            m_cancellers.push_back([prober = p.get()] { prober->cancel(); });
    }
    std::vector<Result<PortScanSummary>> results(threads, Error{});
    std::vector<std::thread> workers;
    for (std::size_t t = 1; t < threads; ++t)
        workers.emplace_back([&, t] { results[t] = probers[t]->run(); });
    results[0] = probers[0]->run();
    for (std::thread &w : workers)
        w.join();
    {
        std::lock_guard lock(m_cancelMutex);
        m_cancellers.clear();
    }
    PortScanSummary summary;
    summary.method = QStringLiteral("connect");
    for (const auto &r : results) {
        if (!r.ok())
            return r.error();
        summary.open += r->open;
        summary.closed += r->closed;
        summary.filtered += r->filtered;
        summary.selfConnectsDropped += r->selfConnectsDropped;
        summary.elapsed = qMax(summary.elapsed, r->elapsed);
        summary.smoothedRtt = qMax(summary.smoothedRtt, r->smoothedRtt);
    }
    if (m_onProgress)
        m_onProgress(int(m_ports.size()), int(m_ports.size()));
    return summary;
}

} // namespace mente::box
