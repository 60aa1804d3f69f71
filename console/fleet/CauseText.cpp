// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/CauseText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mente::console {

namespace {
constexpr const char *kContext = "mente::console::Cause";

// The box's fixed cause words (box-service/monitor: StreamCheck, SshCheck, ServiceProbe,
// AliveCheck, StateMachine, VpnWatcher, MonitorService, MonitorScheduler's watchdog).
QString fixedCause(const QString &cause)
{
    static const char *const kWords[][2] = {
        {"refused", QT_TRANSLATE_NOOP("mente::console::Cause", "connection refused")},
        {"timeout", QT_TRANSLATE_NOOP("mente::console::Cause", "no answer in time")},
        {"timeout (no ssh banner)", QT_TRANSLATE_NOOP("mente::console::Cause", "no answer in time (no SSH banner)")},
        {"tls timeout", QT_TRANSLATE_NOOP("mente::console::Cause", "no TLS answer in time")},
        {"tls failed", QT_TRANSLATE_NOOP("mente::console::Cause", "TLS handshake failed")},
        {"unreachable", QT_TRANSLATE_NOOP("mente::console::Cause", "unreachable")},
        {"closed by peer", QT_TRANSLATE_NOOP("mente::console::Cause", "closed by the device")},
        {"bad banner", QT_TRANSLATE_NOOP("mente::console::Cause", "unexpected greeting")},
        {"kex failed", QT_TRANSLATE_NOOP("mente::console::Cause", "SSH key exchange failed")},
        {"ssh unavailable", QT_TRANSLATE_NOOP("mente::console::Cause", "the box cannot check SSH")},
        {"bad http answer", QT_TRANSLATE_NOOP("mente::console::Cause", "unexpected HTTP answer")},
        {"no http answer", QT_TRANSLATE_NOOP("mente::console::Cause", "no HTTP answer")},
        {"no check method", QT_TRANSLATE_NOOP("mente::console::Cause", "no way to check it")},
        {"no icmp", QT_TRANSLATE_NOOP("mente::console::Cause", "the box cannot ping")},
        {"send failed", QT_TRANSLATE_NOOP("mente::console::Cause", "the ping could not be sent")},
        {"down", QT_TRANSLATE_NOOP("mente::console::Cause", "down")},
        {"flapping", QT_TRANSLATE_NOOP("mente::console::Cause", "keeps changing state")},
        {"first check", QT_TRANSLATE_NOOP("mente::console::Cause", "first check")},
        {"recovered", QT_TRANSLATE_NOOP("mente::console::Cause", "recovered")},
        {"stable again", QT_TRANSLATE_NOOP("mente::console::Cause", "stable again")},
        {"connected", QT_TRANSLATE_NOOP("mente::console::Cause", "connected")},
        {"acknowledged", QT_TRANSLATE_NOOP("mente::console::Cause", "acknowledged")},
        {"unacknowledged", QT_TRANSLATE_NOOP("mente::console::Cause", "acknowledgement taken back")},
        {"watchdog", QT_TRANSLATE_NOOP("mente::console::Cause", "the check did not finish in time")},
        {"no vpn configured", QT_TRANSLATE_NOOP("mente::console::Cause", "no VPN configured")},
        {"vpn session not established", QT_TRANSLATE_NOOP("mente::console::Cause", "VPN session not established")},
        {"vpncmd cannot be run", QT_TRANSLATE_NOOP("mente::console::Cause", "vpncmd cannot be run")},
    };
    for (const auto &word : kWords)
        if (cause == QLatin1String(word[0]))
            return QCoreApplication::translate(kContext, word[1]);
    return {};
}
} // namespace

QString causeText(const QString &cause)
{
    if (const QString fixed = fixedCause(cause); !fixed.isEmpty())
        return fixed;
    // Causes with a figure or a name in them.
    static const QRegularExpression http(QStringLiteral("^http (\\d{3})$"));
    static const QRegularExpression link(QStringLiteral("^link (\\S+) down$"));
    static const QRegularExpression gateway(QStringLiteral("^gateway (\\S+) unreachable$"));
    if (const auto m = http.match(cause); m.hasMatch())
        return QCoreApplication::translate("mente::console::Cause", "HTTP status %1").arg(m.captured(1));
    if (const auto m = link.match(cause); m.hasMatch())
        return QCoreApplication::translate("mente::console::Cause", "network link %1 down").arg(m.captured(1));
    if (const auto m = gateway.match(cause); m.hasMatch())
        return QCoreApplication::translate("mente::console::Cause", "gateway %1 unreachable").arg(m.captured(1));
    return cause;
}

} // namespace mente::console
