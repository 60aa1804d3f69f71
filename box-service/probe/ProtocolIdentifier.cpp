// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/ProtocolIdentifier.h"

#include "probe/BannerText.h"
#include "probe/GreetingClassifier.h"
#include "probe/HttpProbe.h"
#include "probe/ProbeConnection.h"
#include "probe/ProbeLogging.h"
#include "probe/RdpProbe.h"

namespace mente::box {

ProtocolIdentifier::ProtocolIdentifier(QHostAddress host, quint16 port, IdentifyOptions options, QObject *parent)
    : QObject(parent), m_host(std::move(host)), m_port(port), m_options(options)
{
    m_result.port = port;
}

void ProtocolIdentifier::start()
{
    auto parse = [](const QByteArray &bytes) { return GreetingClassifier::classify(bytes).verdict; };
    m_greeting =
        new ProbeConnection(m_host, m_port, ProbeConnection::Transport::Plain, {}, parse, m_options.maxBytes, this);
    connect(m_greeting, &ProbeConnection::done, this, &ProtocolIdentifier::onGreetingDone);
    // The greeting connection keeps listening while the client-first probes run, so a slow
    // server-first service is still recognised; a silent one is not waited for in vain.
    m_greeting->start(m_options.bannerWaitMs + m_options.probeTimeoutMs);
    m_quietTimer.setSingleShot(true);
    connect(&m_quietTimer, &QTimer::timeout, this, [this] {
        if (!m_finished && m_greeting && m_greeting->silent())
            startClientProbes();
    });
    m_quietTimer.start(m_options.bannerWaitMs);
}

void ProtocolIdentifier::onGreetingDone()
{
    if (m_finished)
        return;
    const QByteArray greeting = m_greeting->received();
    if (!greeting.isEmpty()) {
        const GreetingClassifier::Outcome outcome = GreetingClassifier::classify(greeting);
        if (outcome.verdict == ProbeVerdict::Match || !m_rdp) {
            finish(outcome.verdict == ProbeVerdict::Match ? outcome.protocol : QString(), greeting);
            return;
        }
    }
    if (!m_rdp)
        startClientProbes(); // it closed without a word before the quiet time was over
    else
        onClientProbeDone();
}

void ProtocolIdentifier::startClientProbes()
{
    m_quietTimer.stop();
    if (m_rdp)
        return;
    static const RdpProbe rdp;
    static const HttpProbe http(false);
    static const HttpProbe https(true);
    const QString host = m_host.toString();
    auto make = [&](const ProtocolProbe &probe, ProbeConnection::Transport transport) {
        auto *c = new ProbeConnection(
            m_host, m_port, transport, probe.request(host),
            [&probe](const QByteArray &bytes) { return probe.parse(bytes); }, m_options.maxBytes, this);
        connect(c, &ProbeConnection::done, this, &ProtocolIdentifier::onClientProbeDone);
        return c;
    };
    m_rdp = make(rdp, ProbeConnection::Transport::Plain);
    m_tls = make(https, ProbeConnection::Transport::Tls);
    m_http = make(http, ProbeConnection::Transport::Plain);
    m_rdp->start(m_options.probeTimeoutMs);
    m_tls->start(m_options.probeTimeoutMs);
    m_http->start(m_options.probeTimeoutMs);
}

void ProtocolIdentifier::onClientProbeDone()
{
    if (m_finished)
        return;
    if (m_rdp->isDone() && m_rdp->verdict() == ProbeVerdict::Match) {
        finish(RdpProbe().protocol(), {});
        return;
    }
    if (m_tls->isDone() && m_tls->verdict() == ProbeVerdict::Match) {
        finish(HttpProbe(true).protocol(), {});
        return;
    }
    if (!m_rdp->isDone() || !m_tls->isDone() || !m_http->isDone())
        return;
    if (!m_greeting->isDone() && m_http->verdict() != ProbeVerdict::Match)
        return; // nothing answered our requests: let the listener finish its time
    if (m_http->verdict() == ProbeVerdict::Match) {
        finish(HttpProbe(false).protocol(), {});
        return;
    }
    // Nobody recognised it: keep whatever it said, to help the operator name it by hand.
    QByteArray banner = m_greeting->received();
    if (banner.isEmpty())
        banner = m_http->received();
    if (banner.isEmpty())
        banner = m_rdp->received();
    if (banner.isEmpty() && m_tls->connected())
        banner = QByteArrayLiteral("(TLS service)");
    finish({}, banner);
}

void ProtocolIdentifier::finish(const QString &protocol, const QByteArray &banner)
{
    m_finished = true;
    m_quietTimer.stop();
    m_result.protocol = protocol;
    m_result.banner = BannerText::sanitize(banner);
    // Probes still running are stopped; their sockets go with them.
    for (ProbeConnection *c : {m_greeting, m_rdp, m_tls, m_http})
        if (c) {
            c->disconnect(this);
            c->deleteLater();
        }
    m_greeting = m_rdp = m_tls = m_http = nullptr;
    qCDebug(lcProbe) << "identified" << m_host.toString() << m_port << "as" << protocol;
    Q_EMIT finished(m_result);
}

} // namespace mente::box
