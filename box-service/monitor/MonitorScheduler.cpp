// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/MonitorScheduler.h"

#include "monitor/AliveCheck.h"
#include "monitor/ServiceProbe.h"
#include "monitor/SshCheck.h"
#include "monitor/StreamCheck.h"
#include "shared/Clock.h"
#include "shared/EventDetails.h"
#include "shared/Protocol.h"
#include "shared/TimeFormat.h"
#include "store/Database.h"
#include "store/EventLog.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcMonitor, "mente.monitor")

namespace mente::box {

namespace {
constexpr qsizetype kLatenessSamples = 20000;

// Checks sooner while a target is unsettled, so a fault is confirmed (or dismissed) quickly.
qint64 retryMs(const CheckSettings &s)
{
    return std::clamp<qint64>(qint64(s.intervalS) * 1000 / 4, 1000, qint64(s.intervalS) * 1000);
}
} // namespace

MonitorScheduler::MonitorScheduler(Database &db, MonitorStore &store, EventLog &events, IcmpPinger &pinger,
                                   const Clock &clock, const MonitorSettings &config, QObject *parent)
    : QObject(parent), m_db(db), m_store(store), m_events(events), m_pinger(pinger), m_clock(clock), m_config(config)
{
    m_sshPool.setMaxThreadCount(config.sshThreads);
    m_mono.start();
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &MonitorScheduler::runDue);
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    connect(m_reloadTimer, &QTimer::timeout, this, &MonitorScheduler::reload);
    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    connect(m_flushTimer, &QTimer::timeout, this, &MonitorScheduler::flushResults);
    // Discovery and scans change ports without telling us: look again now and then, when the
    // devices and ports changed since the last look (reading 1,000 targets costs the loop ~15 ms),
    // and every tenth time regardless.
    auto *periodic = new QTimer(this);
    connect(periodic, &QTimer::timeout, this, [this] {
        if (m_store.targetsRevision() != m_loadedRevision || ++m_unchangedTicks >= 10)
            reloadSoon();
    });
    periodic->start(30000);
}

MonitorScheduler::~MonitorScheduler()
{
    flushResults();
    for (Entry &e : m_entries)
        delete e.check.data();
    m_sshPool.waitForDone(); // workers only touch their own libssh session; let them end
}

void MonitorScheduler::start()
{
    m_started = true;
    reload();
}

void MonitorScheduler::reloadSoon()
{
    // Coalesced: a burst of API changes (a console switching 1,000 targets) costs one re-read.
    if (m_started && !m_reloadTimer->isActive())
        m_reloadTimer->start(200);
}

void MonitorScheduler::setNetworkDown(bool down)
{
    m_networkDown = down;
}

void MonitorScheduler::reload()
{
    const qint64 now = m_mono.elapsed();
    const bool firstLoad = !std::exchange(m_loaded, true); // the targets stored before this start
    m_loadedRevision = m_store.targetsRevision();
    m_unchangedTicks = 0;
    QSet<TargetKey> seen;
    for (const MonitoredTarget &t : m_store.monitoredTargets(m_config)) {
        const TargetKey key = t.target.key;
        seen.insert(key);
        auto it = m_entries.find(key);
        if (it != m_entries.end()) {
            const qint64 oldInterval = qint64(it->info.settings.intervalS) * 1000;
            it->info = t;
            // A shorter interval takes effect now rather than after the old, longer wait.
            if (!it->check && it->dueMs - now > qint64(t.settings.intervalS) * 1000 && oldInterval > 0)
                schedule(key, now + QRandomGenerator::global()->bounded(qint64(t.settings.intervalS) * 1000));
            continue;
        }
        Entry e;
        e.info = t;
        e.machine = StateMachine(t.state, t.flapping);
        m_entries.insert(key, e);
        // Newly switched on: a result within seconds. At start-up: spread over the interval.
        const qint64 spread = firstLoad ? qint64(t.settings.intervalS) * 1000 : 1000;
        schedule(key, now + QRandomGenerator::global()->bounded(std::max<qint64>(spread, 1)));
    }
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        if (it->check) {
            it->check->deleteLater();
            --m_running;
        }
        m_unsaved.remove(it.key());
        it = m_entries.erase(it);
    }
    armTimer();
}

void MonitorScheduler::schedule(const TargetKey &key, qint64 dueMs)
{
    m_entries[key].dueMs = dueMs;
    m_queue.emplace(dueMs, key);
}

void MonitorScheduler::armTimer()
{
    // Stale queue items (removed targets, rescheduled ones) are dropped here.
    while (!m_queue.empty()) {
        const auto first = m_queue.begin();
        const auto it = m_entries.constFind(first->second);
        if (it == m_entries.constEnd() || it->dueMs != first->first || it->check) {
            m_queue.erase(first);
            continue;
        }
        break;
    }
    if (m_queue.empty() || m_running >= m_config.maxParallel) {
        m_timer->stop();
        return;
    }
    m_timer->start(int(std::clamp<qint64>(m_queue.begin()->first - m_mono.elapsed(), 0, 3600000)));
}

void MonitorScheduler::runDue()
{
    const qint64 now = m_mono.elapsed();
    while (!m_queue.empty() && m_running < m_config.maxParallel && m_queue.begin()->first <= now) {
        const auto [due, key] = *m_queue.begin();
        m_queue.erase(m_queue.begin());
        auto it = m_entries.find(key);
        if (it == m_entries.end() || it->dueMs != due || it->check)
            continue;
        startCheck(*it, now);
    }
    armTimer();
}

Check *MonitorScheduler::makeCheck(const CheckTarget &target)
{
    if (target.key.kind == TargetKind::Device)
        return new AliveCheck(target, m_pinger, this);
    if (normalizeProtocol(target.protocol) == protocol::SSH)
        return new SshCheck(target, m_sshPool, this);
    return new StreamCheck(target, ServiceProbe::forProtocol(target.protocol), false, this);
}

void MonitorScheduler::startCheck(Entry &entry, qint64 nowMs)
{
    const qint64 late = nowMs - entry.dueMs;
    if (m_lateness.size() < kLatenessSamples)
        m_lateness.append(late);
    else
        m_lateness[m_latenessNext++ % kLatenessSamples] = late;

    Check *check = makeCheck(entry.info.target);
    entry.check = check;
    entry.generation = ++m_generation;
    ++m_running;
    const TargetKey key = entry.info.target.key;
    const quint64 generation = entry.generation;
    connect(check, &Check::finished, this,
            [this, key, generation](const CheckResult &result) { onFinished(key, generation, result); });
    // A watchdog in case a check never reports (it must not block its slot for ever).
    QTimer::singleShot(entry.info.target.timeoutMs * 3 + 5000, check, [this, key, generation] {
        onFinished(key, generation, CheckResult{false, QStringLiteral("timeout"), QStringLiteral("watchdog"), -1});
    });
    check->start();
}

void MonitorScheduler::onFinished(TargetKey key, quint64 generation, const CheckResult &result)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end() || it->generation != generation || !it->check)
        return;
    it->check->disconnect(this);
    it->check->deleteLater();
    it->check = nullptr;
    --m_running;
    ++m_checksDone;
    const QDateTime at = m_clock.now();
    qCDebug(lcMonitor) << toWire(key.kind) << key.id << it->info.target.ip << it->info.target.port
                       << (result.up ? "up" : "down") << result.method << result.cause << result.latencyMs;

    const FlapPolicy policy{m_config.flapChanges, m_config.flapMinutes};
    const StateMachine before = it->machine;
    if (const auto t = it->machine.observe(result, at, it->info.settings, policy)) {
        if (m_networkDown && t->to == HealthState::Fault) {
            it->machine = before; // held back behind the box-network fault; asked again next time
            qCInfo(lcMonitor) << "holding back the fault of" << toWire(key.kind) << key.id << "(box network down)";
        } else {
            commit(*it, *t, result);
        }
    }
    m_unsaved.insert(key, qMakePair(result, at));
    if (!m_flushTimer->isActive())
        m_flushTimer->start(1000);

    const qint64 now = m_mono.elapsed();
    const CheckSettings &s = it->info.settings;
    // A new target (still unknown) is retried every second so that its first state shows at once.
    const qint64 retry =
        it->machine.state() == HealthState::Unknown ? std::min<qint64>(1000, qint64(s.intervalS) * 1000) : retryMs(s);
    qint64 next = it->machine.unsettled() ? now + retry : it->dueMs + qint64(s.intervalS) * 1000;
    if (next < now) // fell behind (the box was busy or asleep): start a new rhythm from now
        next = now + QRandomGenerator::global()->bounded(std::max<qint64>(qint64(s.intervalS) * 1000 / 10, 1));
    schedule(key, next);
    runDue();
}

void MonitorScheduler::commit(const Entry &entry, const StateMachine::Transition &t, const CheckResult &result)
{
    const TargetKey key = entry.info.target.key;
    const QDateTime at = m_clock.now();
    const QDateTime mutedUntil = m_store.mutedUntil(key, entry.info.deviceId, at);
    Event event;
    event.at = at;
    event.kind = toWire(key.kind);
    event.id = key.id;
    event.from = toWire(t.from);
    event.to = toWire(t.to);
    event.cause = t.cause;
    TargetStateDetail detail = entry.info.describe;
    detail.method = result.method;
    if (result.up && result.latencyMs >= 0)
        detail.latencyMs = result.latencyMs;
    if (!result.up)
        detail.checkCause = result.cause;
    detail.flapping = t.flapping;
    detail.mute = {mutedUntil.isValid(), mutedUntil};
    event.detail = detail.toJson();
    const Status s = m_db.transaction([&]() -> Status {
        if (const Status u = m_store.setState(key, t.to, t.flapping, t.to == HealthState::Ok ? QString() : t.cause, at);
            !u)
            return u;
        if (const Status r = m_store.saveResult(key, result, at); !r) // the figures behind the change, at once
            return r;
        const auto appended = m_events.append(event);
        return appended ? success() : Status(appended.error());
    });
    if (!s)
        qCWarning(lcMonitor) << "cannot store the change of" << event.kind << key.id << ":" << s.error().message;
    else
        qCInfo(lcMonitor).noquote() << event.kind << key.id << entry.info.target.ip << event.from << "->" << event.to
                                    << "cause" << event.cause << "method" << result.method
                                    << (t.flapping ? "flapping" : "") << (mutedUntil.isValid() ? "muted" : "");
}

void MonitorScheduler::flushResults()
{
    if (m_unsaved.isEmpty())
        return;
    const auto batch = std::exchange(m_unsaved, {});
    QList<MonitorStore::TimedResult> results;
    results.reserve(batch.size());
    for (auto it = batch.constBegin(); it != batch.constEnd(); ++it)
        results.append({it.key(), it->first, it->second});
    const Status s = m_db.transaction([&] { return m_store.saveResults(results); });
    if (!s)
        qCWarning(lcMonitor) << "cannot store check results:" << s.error().message;
}

MonitorScheduler::Stats MonitorScheduler::stats() const
{
    Stats s;
    s.targets = int(m_entries.size());
    s.running = m_running;
    s.checksDone = m_checksDone;
    if (!m_lateness.isEmpty()) {
        QList<qint64> sorted = m_lateness;
        std::sort(sorted.begin(), sorted.end());
        s.latenessP99S = double(sorted.at(std::min<qsizetype>(sorted.size() - 1, sorted.size() * 99 / 100))) / 1000.0;
        s.latenessMaxS = double(sorted.last()) / 1000.0;
    }
    return s;
}

} // namespace mente::box
