// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/AliveCheck.h"

#include "monitor/ServiceProbe.h"
#include "monitor/StreamCheck.h"
#include "probe/IcmpPinger.h"

#include <QHostAddress>
#include <QTimer>

namespace mente::box {

AliveCheck::AliveCheck(CheckTarget target, IcmpPinger &pinger, QObject *parent)
    : Check(std::move(target), parent), m_pinger(pinger)
{}

void AliveCheck::start()
{
    m_elapsed.start();
    if (!m_pinger.available()) {
        tryTcp({});
        return;
    }
    // Up to three echoes spread over the timeout: one lost packet does not fail a check.
    const int spacing = m_target.timeoutMs / 4;
    for (int i = 0; i < kEchoes; ++i) {
        QTimer::singleShot(i * spacing, this, [this, i, spacing] {
            if (done() || m_tcpStarted)
                return;
            ++m_outstanding;
            m_pinger.ping(QHostAddress(m_target.ip), m_target.timeoutMs - i * spacing, this,
                          [this](int rttMs, const QString &cause) { onEcho(rttMs, cause); });
        });
    }
}

void AliveCheck::onEcho(int rttMs, const QString &cause)
{
    --m_outstanding;
    ++m_answered;
    if (done() || m_tcpStarted)
        return;
    if (rttMs >= 0) {
        finish(CheckResult{true, {}, m_pinger.method(), rttMs});
        return;
    }
    if (cause == QLatin1String("unreachable") && m_answered >= kEchoes) {
        finish(CheckResult{false, cause, m_pinger.method(), -1});
        return;
    }
    if (m_answered >= kEchoes)
        tryTcp(cause);
}

void AliveCheck::tryTcp(const QString &icmpCause)
{
    m_tcpStarted = true;
    if (m_target.knownPorts.isEmpty()) {
        finish(CheckResult{false, icmpCause.isEmpty() ? QStringLiteral("no check method") : icmpCause,
                           icmpCause.isEmpty() ? QStringLiteral("none") : m_pinger.method(), -1});
        return;
    }
    CheckTarget tcp = m_target;
    tcp.port = m_target.knownPorts.first();
    auto *check = new StreamCheck(tcp, ServiceProbe::forProtocol({}), true, this);
    const QString prefix = icmpCause.isEmpty() ? QString() : m_pinger.method() + QLatin1Char('+');
    connect(check, &Check::finished, this, [this, check, prefix](const CheckResult &result) {
        CheckResult r = result;
        r.method = prefix + result.method;
        check->deleteLater();
        finish(r);
    });
    check->start();
}

} // namespace mente::box
