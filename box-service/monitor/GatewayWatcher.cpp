// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/GatewayWatcher.h"

#include "monitor/MonitorScheduler.h"
#include "monitor/MonitorStore.h"
#include "probe/IcmpPinger.h"
#include "shared/Clock.h"
#include "shared/EventDetails.h"
#include "shared/TimeFormat.h"
#include "store/Database.h"
#include "store/EventLog.h"
#include "store/MetaStore.h"

#include <QFile>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QTimer>

#include <arpa/inet.h>

Q_DECLARE_LOGGING_CATEGORY(lcMonitor)

namespace mente::box {

namespace {
QString readLine(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.readLine()).trimmed();
}
} // namespace

GatewayWatcher::GatewayWatcher(Database &db, MetaStore &meta, EventLog &events, IcmpPinger &pinger,
                               MonitorScheduler &scheduler, MonitorStore &store, const Clock &clock,
                               const MonitorSettings &config, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_meta(meta)
    , m_events(events)
    , m_pinger(pinger)
    , m_scheduler(scheduler)
    , m_store(store)
    , m_clock(clock)
    , m_config(config)
{
    if (config.gateway == QLatin1String("auto")) {
        const auto route = defaultRoute();
        m_gateway = route.first;
        m_interface = route.second;
    } else if (config.gateway != QLatin1String("none")) {
        m_gateway = config.gateway;
    }
    const auto stored = healthStateFromWire(m_meta.value(QStringLiteral("network.state")).value_or(QString()));
    m_machine = StateMachine(stored.value_or(HealthState::Unknown));
    m_scheduler.setNetworkDown(down());
}

QPair<QString, QString> GatewayWatcher::defaultRoute(const QString &routeFile)
{
    QFile f(routeFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    f.readLine(); // header
    while (!f.atEnd()) {
        const QStringList cols = QString::fromLatin1(f.readLine()).split(QLatin1Char('\t'), Qt::SkipEmptyParts);
        if (cols.size() < 8 || cols.at(1) != QLatin1String("00000000")
            || cols.at(7).trimmed() != QLatin1String("00000000"))
            continue;
        bool ok = false;
        const quint32 raw = cols.at(2).toUInt(&ok, 16); // little-endian, as the kernel prints it
        if (!ok || raw == 0)
            continue;
        return {QHostAddress(ntohl(raw)).toString(), cols.at(0).trimmed()};
    }
    return {};
}

void GatewayWatcher::start()
{
    if (!enabled()) {
        qCInfo(lcMonitor) << "no gateway to watch: the box's own network is not checked";
        return;
    }
    qCInfo(lcMonitor) << "watching the box's gateway" << m_gateway << "on"
                      << (m_interface.isEmpty() ? QStringLiteral("-") : m_interface);
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &GatewayWatcher::check);
    m_timer->start(m_config.gatewayIntervalS * 1000);
    check();
}

bool GatewayWatcher::linkUp() const
{
    if (m_interface.isEmpty())
        return true;
    const QString state = readLine(QStringLiteral("/sys/class/net/%1/operstate").arg(m_interface));
    return state != QLatin1String("down") && state != QLatin1String("lowerlayerdown") && !state.isEmpty();
}

bool GatewayWatcher::arpComplete() const
{
    QFile f(QStringLiteral("/proc/net/arp"));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    while (!f.atEnd()) {
        const QStringList cols = QString::fromLatin1(f.readLine()).simplified().split(QLatin1Char(' '));
        if (cols.size() >= 3 && cols.at(0) == m_gateway)
            return cols.at(2) == QLatin1String("0x2"); // ATF_COM: resolved
    }
    return false;
}

void GatewayWatcher::check()
{
    if (m_checking)
        return;
    if (!linkUp()) {
        conclude(false, QStringLiteral("link %1 down").arg(m_interface));
        return;
    }
    if (m_gateway.isEmpty()) {
        conclude(true, {});
        return;
    }
    if (!m_pinger.available()) {
        conclude(arpComplete(), QStringLiteral("gateway %1 unreachable").arg(m_gateway));
        return;
    }
    m_checking = true;
    m_pinger.ping(QHostAddress(m_gateway), m_config.timeoutMs, this, [this](int rttMs, const QString &) {
        m_checking = false;
        conclude(rttMs >= 0, QStringLiteral("gateway %1 unreachable").arg(m_gateway));
    });
}

void GatewayWatcher::conclude(bool up, const QString &cause)
{
    const bool linkLost = cause.startsWith(QLatin1String("link"));
    if (up)
        m_seenUp = true;
    else if (!m_seenUp && !linkLost)
        return; // never answered: maybe it filters ICMP; do not blame the network for it
    const CheckResult result{up, up ? QString() : cause, QStringLiteral("gateway"), -1};
    const CheckSettings settings{m_config.gatewayIntervalS, m_config.timeoutMs, m_config.retries, m_config.recoveries};
    const auto t = m_machine.observe(result, m_clock.now(), settings, FlapPolicy{0, 1});
    // Faults of devices wait while the gateway is down or in doubt.
    m_scheduler.setNetworkDown(down() || (!up && m_machine.unsettled()));
    if (!t)
        return;
    Event e;
    e.kind = QStringLiteral("box");
    e.id = 0;
    e.from = toWire(t->from);
    e.to = toWire(t->to);
    e.cause = t->cause;
    // A mute of the whole box covers its own network too: the mailer skips muted events.
    const QDateTime mutedUntil = m_store.boxMutedUntil(m_clock.now());
    e.detail = BoxNetworkDetail{QStringLiteral("network"), m_gateway, m_interface, {mutedUntil.isValid(), mutedUntil}}
                   .toJson();
    const Status s = m_db.transaction([&]() -> Status {
        if (const Status m = m_meta.setValue(QStringLiteral("network.state"), toWire(t->to)); !m)
            return m;
        const auto appended = m_events.append(e);
        return appended ? success() : Status(appended.error());
    });
    if (!s)
        qCWarning(lcMonitor) << "cannot store the box network state:" << s.error().message;
    else
        qCInfo(lcMonitor).noquote() << "box network" << e.from << "->" << e.to << e.cause;
}

} // namespace mente::box
