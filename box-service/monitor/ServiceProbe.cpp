// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/ServiceProbe.h"

#include "probe/HttpProbe.h"
#include "probe/RdpProbe.h"
#include "probe/TelnetProbe.h"
#include "probe/VncProbe.h"
#include "shared/Protocol.h"

namespace mente::box {

ServiceProbe::ServiceProbe(std::shared_ptr<const ProtocolProbe> recogniser, QString method, QString badCause,
                           QString silentCause)
    : m_recogniser(std::move(recogniser))
    , m_method(std::move(method))
    , m_badCause(std::move(badCause))
    , m_silentCause(std::move(silentCause))
{}

ServiceProbe ServiceProbe::forProtocol(const QString &name)
{
    const QString p = normalizeProtocol(name);
    if (p == protocol::HTTP || p == protocol::HTTPS) {
        const bool tls = p == protocol::HTTPS;
        ServiceProbe probe(std::make_shared<HttpProbe>(tls), tls ? QStringLiteral("https") : QStringLiteral("http"),
                           QStringLiteral("bad http answer"), QStringLiteral("no http answer"));
        probe.m_tls = tls;
        probe.m_httpStatus = true;
        return probe;
    }
    if (p == protocol::RDP)
        return {std::make_shared<RdpProbe>(), QStringLiteral("rdp"), QStringLiteral("bad x.224 answer"),
                QStringLiteral("no x.224 answer")};
    if (p == protocol::VNC)
        return {std::make_shared<VncProbe>(), QStringLiteral("rfb"), QStringLiteral("bad banner"),
                QStringLiteral("no rfb banner")};
    if (p == protocol::TELNET)
        return {std::make_shared<TelnetProbe>(), QStringLiteral("telnet"), QStringLiteral("bad banner"),
                QStringLiteral("no telnet greeting")};
    return {nullptr, QStringLiteral("tcp"), {}, QStringLiteral("no answer")};
}

QByteArray ServiceProbe::greeting(const QString &host) const
{
    return m_recogniser ? m_recogniser->request(host) : QByteArray();
}

ServiceProbe::Verdict ServiceProbe::judge(const QByteArray &received, QString &cause) const
{
    if (!m_recogniser)
        return Verdict::Up;
    switch (m_recogniser->parse(received)) {
    case ProbeVerdict::NeedMore: return Verdict::NeedMore;
    case ProbeVerdict::NoMatch:
        // An IAC followed by something that is no negotiation verb: a broken Telnet, not another protocol.
        cause = m_method == QLatin1String("telnet") && received.startsWith('\xff')
                    ? QStringLiteral("bad telnet negotiation")
                    : m_badCause;
        return Verdict::Down;
    case ProbeVerdict::Match: break;
    }
    if (m_httpStatus) {
        const int status = HttpProbe::statusCode(received).value_or(0);
        if (status >= 500) {
            cause = QStringLiteral("http %1").arg(status);
            return Verdict::Down;
        }
    }
    return Verdict::Up;
}

} // namespace mente::box
