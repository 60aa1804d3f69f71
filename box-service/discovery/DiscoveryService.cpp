// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/DiscoveryService.h"

#include "discovery/DiscoveryLogging.h"
#include "discovery/IcmpSweeper.h"
#include "discovery/LanSubnets.h"
#include "discovery/NeighbourTable.h"
#include "probe/ConnectProber.h"
#include "shared/Clock.h"
#include "shared/EventDetails.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/EventLog.h"

#include <QHostInfo>
#include <QSet>

namespace mente::box {

namespace {
// Ports that most LAN devices answer on, open or closed (a RST proves a host as well).
const std::vector<quint16> kSweepPorts{80, 443, 22, 445, 139, 3389, 5900, 23, 8080, 135, 9100, 515, 631, 554, 53, 21};
constexpr int kDnsWaitMs = 3000;
// Progress events of a sweep, as a scan has them: at most a few a second, each some points on.
constexpr int kProgressGapMs = 250;
constexpr int kProgressStep = 5;
} // namespace

DiscoveryService::DiscoveryService(Database &db, EventLog &events, AuditLog &audit, const Clock &clock,
                                   DiscoverySettings settings, QObject *parent)
    : QObject(parent),
      m_db(db),
      m_events(events),
      m_audit(audit),
      m_clock(clock),
      m_settings(std::move(settings)),
      m_store(db),
      m_devices(db)
{
    if (const Status s = m_store.failInterrupted(m_clock.now()); !s)
        qCWarning(lcDiscovery) << "cannot close sweeps left running:" << s.error().message;
    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, [this] {
        if (!isRunning())
            start(QStringLiteral("start"));
    });
    connect(&m_periodTimer, &QTimer::timeout, this, [this] {
        const qint64 periodMs = qint64(m_settings.intervalH * 3600 * 1000);
        if (!isRunning() && (!m_lastStart.isValid() || m_lastStart.msecsTo(m_clock.now()) >= periodMs))
            start(QStringLiteral("schedule"));
    });
    m_dnsTimer.setSingleShot(true);
    connect(&m_dnsTimer, &QTimer::timeout, this, [this] { finish(); });
}

DiscoveryService::~DiscoveryService()
{
    m_stopping = true;
    {
        std::lock_guard lock(m_cancelMutex);
        if (m_cancelSweep)
            m_cancelSweep();
    }
    if (m_worker.joinable())
        m_worker.join();
    for (const int id : std::as_const(m_lookups))
        QHostInfo::abortHostLookup(id);
}

void DiscoveryService::scheduleAutomatic()
{
    if (m_settings.atStart)
        m_startTimer.start(m_settings.startDelayS * 1000);
    if (m_settings.intervalH > 0) {
        // Checked at most hourly, so intervals longer than a QTimer can hold still work.
        const qint64 periodMs = qint64(m_settings.intervalH * 3600 * 1000);
        m_periodTimer.start(int(qBound(qint64(1000), periodMs, qint64(3600 * 1000))));
        m_lastStart = m_clock.now();
    }
}

const OuiDatabase &DiscoveryService::oui()
{
    if (!m_oui) {
        m_oui.emplace();
        const QString path = m_settings.ouiPath.isEmpty() ? OuiDatabase::defaultPath() : m_settings.ouiPath;
        if (path.isEmpty())
            qCWarning(lcDiscovery) << "no OUI list: MAC vendors stay empty (install ieee-data)";
        else if (const Status s = m_oui->load(path); !s)
            qCWarning(lcDiscovery) << s.error().message;
        else
            qCInfo(lcDiscovery) << "OUI list" << path << "loaded:" << m_oui->size() << "vendors";
    }
    return *m_oui;
}

std::optional<DiscoveryRun> DiscoveryService::current() const
{
    if (m_running)
        return m_running;
    return m_store.latestRun();
}

Result<DiscoveryRun> DiscoveryService::start(const QString &trigger)
{
    if (isRunning())
        return Error{QStringLiteral("conflict"), QStringLiteral("A LAN sweep is running already."), {}};
    if (m_worker.joinable())
        m_worker.join();
    m_lastStart = m_clock.now();

    DiscoveryRun run;
    run.state = QStringLiteral("running");
    run.trigger = trigger;
    run.startedAt = m_clock.now();
    QList<LanSubnets::Subnet> subnets;
    QString problem;
    if (!m_settings.cidrs.isEmpty()) {
        const auto parsed = LanSubnets::fromCidrs(m_settings.cidrs);
        if (parsed)
            subnets = parsed.value();
        else
            problem = parsed.error().message;
    } else {
        subnets = LanSubnets::fromInterfaces();
    }
    for (const auto &subnet : std::as_const(subnets))
        run.cidrs << LanSubnets::toString(subnet);
    m_hosts.clear();
    if (problem.isEmpty()) {
        auto hosts = LanSubnets::hosts(subnets, m_settings.maxHosts);
        if (hosts)
            m_hosts = std::move(hosts).value();
        else
            problem = hosts.error().message;
    }
    run.hostsTotal = int(m_hosts.size());
    auto id = m_store.insertRun(run);
    if (!id)
        return id.error();
    run.id = id.value();
    m_running = run;
    m_macs.clear();
    m_hostnames.clear();
    m_alive.clear();
    if (!problem.isEmpty()) {
        finish(problem);
        return *m_store.latestRun();
    }
    qCInfo(lcDiscovery) << "sweep" << run.id << "(" << trigger << ") of" << run.cidrs << ":" << run.hostsTotal
                        << "hosts";
    m_progressPercent = -1;
    appendProgress(); // percent 0: the sweep runs

    const std::vector<QHostAddress> hosts = m_hosts;
    m_worker = std::thread([this, hosts] {
        const SweepResult result = sweep(hosts);
        QMetaObject::invokeMethod(
            this, [this, result] { onSweepDone(result); }, Qt::QueuedConnection);
    });
    return run;
}

DiscoveryService::SweepResult DiscoveryService::sweep(const std::vector<QHostAddress> &hosts)
{
    SweepResult result;
    result.alive.assign(hosts.size(), false);
    auto progress = [this](int done, int total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { onSweepProgress(done, total); }, Qt::QueuedConnection);
    };
    if (m_settings.icmp != QStringLiteral("off")) {
        IcmpSweeper icmp(hosts, m_settings.ratePps, m_settings.timeoutMs);
        const Result<QString> method = icmp.open(m_settings.icmp);
        if (method) {
            {
                std::lock_guard lock(m_cancelMutex);
                if (m_stopping)
                    return result;
                m_cancelSweep = [&icmp] { icmp.cancel(); };
            }
            result.method = method.value();
            result.alive = icmp.run(progress);
            std::lock_guard lock(m_cancelMutex);
            m_cancelSweep = nullptr;
            return result;
        }
        result.note = method.error().message;
    } else {
        result.note = QStringLiteral("ICMP switched off by [discovery] icmp=off.");
    }

    // No ICMP: a connect sweep of common ports; any answer, even a refusal, proves a host.
    PortScanOptions options;
    options.maxInFlight = 256;
    options.initialTimeout = std::chrono::milliseconds(m_settings.timeoutMs);
    options.maxTimeout = std::chrono::milliseconds(m_settings.timeoutMs);
    options.retries = 0;
    options.maxRatePps = m_settings.ratePps;
    options.stopHostOnAnswer = true;
    ConnectProber prober(hosts, kSweepPorts, options);
    prober.onResult([&result](int host, quint16, ConnectOutcome outcome) {
        if (outcome == ConnectOutcome::Open || outcome == ConnectOutcome::Refused)
            result.alive[std::size_t(host)] = true;
    });
    prober.onProgress([&progress, n = int(kSweepPorts.size())](int done, int total) { progress(done / n, total / n); });
    {
        std::lock_guard lock(m_cancelMutex);
        if (m_stopping)
            return result;
        m_cancelSweep = [&prober] { prober.cancel(); };
    }
    result.method = QStringLiteral("tcp");
    prober.run();
    std::lock_guard lock(m_cancelMutex);
    m_cancelSweep = nullptr;
    return result;
}

void DiscoveryService::onSweepProgress(int done, int total)
{
    if (!m_running)
        return;
    m_running->hostsDone = done;
    m_running->hostsTotal = total;
    const int percent = total > 0 ? int(qint64(done) * 100 / total) : 100;
    // 100 always goes out; the steps between wait for the gap and a few points more.
    if (percent <= m_progressPercent
        || (percent < 100 && (percent < m_progressPercent + kProgressStep || m_progressGap.elapsed() < kProgressGapMs)))
        return;
    appendProgress();
}

void DiscoveryService::appendProgress()
{
    const DiscoveryRun &run = *m_running;
    SweepProgressDetail detail;
    detail.hostsDone = qMin(run.hostsDone, run.hostsTotal);
    detail.hostsTotal = run.hostsTotal;
    detail.percent = run.hostsTotal > 0 ? int(qint64(detail.hostsDone) * 100 / run.hostsTotal) : 100;
    Event e;
    e.kind = QStringLiteral("discovery.progress");
    e.id = run.id;
    e.from = QStringLiteral("running");
    e.to = QStringLiteral("running");
    e.detail = detail.toJson();
    if (const auto a = m_events.append(e); !a)
        qCWarning(lcDiscovery) << "cannot record the progress of sweep" << run.id << ":" << a.error().message;
    m_progressPercent = detail.percent;
    m_progressGap.start();
}

void DiscoveryService::onSweepDone(const SweepResult &result)
{
    if (!m_running)
        return;
    if (!result.note.isEmpty())
        qCInfo(lcDiscovery) << "sweep" << m_running->id << "uses" << result.method << "because:" << result.note;
    else
        qCInfo(lcDiscovery) << "sweep" << m_running->id << "uses" << result.method;
    m_running->methods = {QStringLiteral("neighbour"), result.method};
    m_running->hostsDone = m_running->hostsTotal;
    if (m_progressPercent < 100) // every address was tried
        appendProgress();

    QSet<QString> swept;
    for (const QHostAddress &h : m_hosts)
        swept.insert(h.toString());
    QSet<QString> alive;
    for (std::size_t i = 0; i < m_hosts.size(); ++i)
        if (result.alive[i])
            alive.insert(m_hosts[i].toString());
    // The sweep made the kernel ask ARP for every address: the table now has each host of the
    // directly attached subnets that exists, even one that dropped our probes.
    for (const NeighbourTable::Entry &n : NeighbourTable::read(m_settings.neighbourPath)) {
        if (!swept.contains(n.ip))
            continue;
        m_macs.insert(n.ip, n.mac);
        alive.insert(n.ip);
    }
    m_alive = QStringList(alive.begin(), alive.end());
    std::sort(m_alive.begin(), m_alive.end());
    resolveNames();
}

void DiscoveryService::resolveNames()
{
    if (!m_settings.reverseDns || m_alive.isEmpty()) {
        finish();
        return;
    }
    m_running->methods << QStringLiteral("reverse-dns");
    m_dnsTimer.start(kDnsWaitMs); // names that take longer are left for the next sweep
    for (const QString &ip : std::as_const(m_alive)) {
        const int id = QHostInfo::lookupHost(ip, this, [this, ip](const QHostInfo &info) {
            m_lookups.removeOne(info.lookupId());
            if (info.error() == QHostInfo::NoError && info.hostName() != ip)
                m_hostnames.insert(ip, info.hostName().left(253));
            if (m_lookups.isEmpty() && m_dnsTimer.isActive()) {
                m_dnsTimer.stop();
                finish();
            }
        });
        m_lookups.append(id);
    }
}

void DiscoveryService::finish(const QString &error)
{
    if (!m_running)
        return;
    for (const int id : std::as_const(m_lookups))
        QHostInfo::abortHostLookup(id);
    m_lookups.clear();
    DiscoveryRun run = *m_running;
    const QDateTime now = m_clock.now();
    run.error = error;
    run.state = error.isEmpty() ? QStringLiteral("done") : QStringLiteral("failed");
    run.found = int(m_alive.size());
    const Status s = m_db.transaction([&]() -> Status {
        QSet<QString> seen;
        const QSet<QString> alive(m_alive.begin(), m_alive.end());
        for (const QString &ip : std::as_const(m_alive)) {
            const QString mac = m_macs.value(ip);
            const QString vendor = mac.isEmpty() ? QString() : oui().vendorOf(mac);
            const auto result = m_devices.seen(ip, mac, m_hostnames.value(ip), vendor, now, alive);
            if (!result)
                return result.error();
            seen.insert(ip);
            if (result->isNew)
                ++run.added;
            if (!result->movedFrom.isEmpty()) {
                Event e;
                e.kind = QStringLiteral("device.moved");
                e.id = result->deviceId;
                e.from = result->movedFrom;
                e.to = ip;
                e.detail = DeviceMovedDetail{mac, run.id}.toJson();
                if (const auto a = m_events.append(e); !a)
                    return a.error();
            }
            if (!result->newDevice)
                continue;
            Event e;
            e.kind = QStringLiteral("device.new");
            e.id = result->deviceId;
            e.to = ip;
            e.detail = DeviceNewDetail{ip, mac, vendor, m_hostnames.value(ip), run.id}.toJson();
            if (const auto a = m_events.append(e); !a)
                return a.error();
        }
        if (error.isEmpty()) {
            QSet<QString> swept;
            for (const QHostAddress &h : m_hosts)
                swept.insert(h.toString());
            const auto gone = m_devices.missed(swept, seen, m_settings.goneAfter);
            if (!gone)
                return gone.error();
            for (const DeviceStore::Gone &g : gone.value()) {
                ++run.gone;
                Event e;
                e.kind = QStringLiteral("device.gone");
                e.id = g.deviceId;
                e.from = g.ip;
                e.detail = DeviceGoneDetail{g.ip, run.id}.toJson();
                if (const auto a = m_events.append(e); !a)
                    return a.error();
            }
        }
        run.finishedAt = now;
        if (const Status f = m_store.finishRun(run); !f)
            return f;
        Event e;
        e.kind = QStringLiteral("discovery");
        e.id = run.id;
        e.from = QStringLiteral("running");
        e.to = run.state;
        e.cause = run.error;
        e.detail = run.toJson();
        const auto a = m_events.append(e);
        return a ? success() : Status(a.error());
    });
    if (!s)
        qCWarning(lcDiscovery) << "cannot store sweep" << run.id << ":" << s.error().message;
    qCInfo(lcDiscovery) << "sweep" << run.id << run.state << "with" << run.methods << ":" << run.found << "found,"
                        << run.added << "new," << run.gone << "gone";
    m_running.reset();
    Q_EMIT finished(run.id);
}

Result<DiscoveryRun> DiscoveryService::start(const Actor &actor)
{
    Result<DiscoveryRun> run = start(QStringLiteral("request"));
    if (run)
        m_audit.record({actor.op.id, actor.op.login, actor.address, QStringLiteral("discovery.start"),
                        run->cidrs.join(QLatin1Char(',')), QStringLiteral("sweep %1").arg(run->id)});
    return run;
}

Result<int> DiscoveryService::clearNew(const Actor &actor, const QList<qint64> &ids)
{
    const Result<int> cleared = m_devices.clearNew(ids);
    if (cleared && cleared.value() > 0) {
        QStringList list;
        for (const qint64 id : ids)
            list << QString::number(id);
        m_audit.record({actor.op.id, actor.op.login, actor.address, QStringLiteral("device.clear-new"),
                        ids.isEmpty() ? QStringLiteral("all") : list.join(QLatin1Char(',')),
                        QStringLiteral("%1 cleared").arg(cleared.value())});
    }
    return cleared;
}

} // namespace mente::box
