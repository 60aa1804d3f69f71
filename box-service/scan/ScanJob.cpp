// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanJob.h"

#include "scan/ProtocolIdentifier.h"
#include "scan/ScanLogging.h"

#include <algorithm>

namespace mente::box {

ScanJob::ScanJob(QHostAddress host, PortList ports, ScanJobOptions options, QObject *parent)
    : QObject(parent), m_host(std::move(host)), m_options(options), m_portsTotal(ports.size())
{
    m_scanner = std::make_unique<PortScanner>(m_host, ports.ports(), m_options.scanner);
}

ScanJob::~ScanJob()
{
    m_scanner->cancel();
    if (m_worker.joinable())
        m_worker.join();
}

void ScanJob::start()
{
    // The worker only posts to this object; queued calls die with it (the destructor joins first).
    m_scanner->onOpen([this](quint16 port) {
        QMetaObject::invokeMethod(this, [this, port] { onOpen(port); }, Qt::QueuedConnection);
    });
    m_scanner->onProgress([this](int done, int total) {
        QMetaObject::invokeMethod(
            this,
            [this, done, total] {
                m_portsDone = done;
                Q_EMIT progress(done, total);
            },
            Qt::QueuedConnection);
    });
    m_worker = std::thread([this] {
        Result<PortScanSummary> result = m_scanner->run();
        QMetaObject::invokeMethod(this, [this, result] { onScanDone(result); }, Qt::QueuedConnection);
    });
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
        Identification unprobed;
        unprobed.port = port;
        m_results.append(unprobed);
        Q_EMIT portIdentified(unprobed);
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
    m_scanDone = true;
    if (result.ok()) {
        m_summary = result.value();
        m_portsDone = m_portsTotal;
    } else {
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
