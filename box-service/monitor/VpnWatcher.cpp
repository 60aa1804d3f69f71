// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/VpnWatcher.h"

#include "monitor/MonitorStore.h"
#include "shared/Clock.h"
#include "shared/EventDetails.h"
#include "shared/TimeFormat.h"
#include "store/Database.h"
#include "store/EventLog.h"
#include "store/MetaStore.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcMonitor)

namespace mente::box {

VpnWatcher::VpnWatcher(Database &db, MetaStore &meta, EventLog &events, MonitorStore &store, const Clock &clock,
                       const VpnSettings &config, QObject *parent)
    : QObject(parent), m_db(db), m_meta(meta), m_events(events), m_store(store), m_clock(clock), m_config(config)
{
    m_state = healthStateFromWire(m_meta.value(QStringLiteral("vpn.state")).value_or(QString()))
                  .value_or(HealthState::Unknown);
}

void VpnWatcher::start()
{
    if (!enabled()) {
        if (m_state != HealthState::Unknown) // it was configured once: say so, once
            conclude(HealthState::Unknown, QStringLiteral("no vpn configured"));
        return;
    }
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &VpnWatcher::check);
    m_timer->start(m_config.checkS * 1000);
    check();
}

bool VpnWatcher::sessionEstablished(const QByteArray &output)
{
    for (const QByteArray &line : output.split('\n'))
        if (line.contains("Session Status") && line.contains("Session Established"))
            return true;
    return false;
}

void VpnWatcher::check()
{
    if (!m_config.vpncmd.isEmpty())
        checkVpncmd();
    else
        checkInterface();
}

void VpnWatcher::checkInterface()
{
    const QString dir = QStringLiteral("/sys/class/net/%1").arg(m_config.interfaceName);
    if (!QDir(dir).exists()) {
        conclude(HealthState::Fault, QStringLiteral("interface %1 missing").arg(m_config.interfaceName));
        return;
    }
    QFile flags(dir + QStringLiteral("/flags"));
    QFile oper(dir + QStringLiteral("/operstate"));
    bool ok = false;
    const uint value =
        flags.open(QIODevice::ReadOnly) ? QString::fromLatin1(flags.readAll()).trimmed().toUInt(&ok, 16) : 0;
    const QString state = oper.open(QIODevice::ReadOnly) ? QString::fromLatin1(oper.readAll()).trimmed() : QString();
    const bool up = ok && (value & 0x1) && (state == QLatin1String("up") || state == QLatin1String("unknown"));
    conclude(up ? HealthState::Ok : HealthState::Fault,
             up ? QString()
                : QStringLiteral("interface %1 %2")
                      .arg(m_config.interfaceName, state.isEmpty() ? QStringLiteral("down") : state));
}

void VpnWatcher::checkVpncmd()
{
    if (m_process)
        return; // the last one is still running
    m_process = new QProcess(this);
    const QString account = m_config.account.isEmpty() ? m_config.user : m_config.account;
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        const QByteArray out = m_process->readAllStandardOutput();
        m_process->deleteLater();
        m_process = nullptr;
        if (status != QProcess::NormalExit || code != 0)
            conclude(HealthState::Fault, QStringLiteral("vpncmd failed (%1)").arg(code));
        else if (sessionEstablished(out))
            conclude(HealthState::Ok, {});
        else
            conclude(HealthState::Fault, QStringLiteral("vpn session not established"));
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || !m_process)
            return;
        m_process->deleteLater();
        m_process = nullptr;
        conclude(HealthState::Fault, QStringLiteral("vpncmd cannot be run"));
    });
    m_process->start(m_config.vpncmd, {QStringLiteral("localhost"), QStringLiteral("/CLIENT"), QStringLiteral("/CMD"),
                                       QStringLiteral("AccountStatusGet"), account});
    QTimer::singleShot(m_config.checkS * 1000, m_process, [this] {
        if (m_process)
            m_process->kill();
    });
}

void VpnWatcher::conclude(HealthState state, const QString &cause)
{
    if (state == m_state)
        return;
    Event e;
    e.kind = QStringLiteral("vpn");
    e.from = toWire(m_state);
    e.to = toWire(state);
    e.cause = state == HealthState::Ok ? QStringLiteral("connected") : cause;
    const QDateTime mutedUntil = m_store.boxMutedUntil(m_clock.now());
    e.detail = VpnDetail{m_config.interfaceName,
                         m_config.vpncmd.isEmpty() ? QStringLiteral("interface") : QStringLiteral("vpncmd"),
                         {mutedUntil.isValid(), mutedUntil}}
                   .toJson();
    const Status s = m_db.transaction([&]() -> Status {
        if (const Status m = m_meta.setValue(QStringLiteral("vpn.state"), toWire(state)); !m)
            return m;
        const auto appended = m_events.append(e);
        return appended ? success() : Status(appended.error());
    });
    if (!s) {
        qCWarning(lcMonitor) << "cannot store the vpn state:" << s.error().message;
        return;
    }
    m_state = state;
    qCInfo(lcMonitor).noquote() << "vpn" << e.from << "->" << e.to << e.cause;
}

} // namespace mente::box
