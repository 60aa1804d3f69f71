// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/NetworkChange.h"

#include "setup/NetworkConfigurator.h"
#include "store/AuditLog.h"
#include "store/MetaStore.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSetup)

namespace mente::box {

namespace {
const QString kModeKey = QStringLiteral("network.mode");
const QString kSettingsKey = QStringLiteral("network.settings");
const QString kPendingKey = QStringLiteral("network.pending"); // an applied, unconfirmed change

QString describe(const NetworkSettings &s)
{
    if (!s.isStatic())
        return QStringLiteral("dhcp");
    return QStringLiteral("static %1/%2 gw %3 dns %4%5")
        .arg(s.address)
        .arg(s.prefix)
        .arg(s.gateway, s.dns1, s.dns2.isEmpty() ? QString() : QStringLiteral(",") + s.dns2);
}
} // namespace

NetworkChange::NetworkChange(NetworkConfigurator &configurator, MetaStore &meta, AuditLog &audit, int confirmS,
                             QObject *parent)
    : QObject(parent), m_configurator(configurator), m_meta(meta), m_audit(audit), m_confirmS(confirmS)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &NetworkChange::rollback);
    rollBackAfterRestart();
}

void NetworkChange::setPendingRecord(const QJsonObject &record)
{
    if (const Status s = m_meta.setObject(kPendingKey, record); !s)
        qCWarning(lcSetup) << "cannot record the pending network change:" << s.error().message;
}

// The box stopped while a change waited for confirmation: nobody confirmed it, so it goes back.
void NetworkChange::rollBackAfterRestart()
{
    const QJsonObject record = m_meta.object(kPendingKey);
    if (record.isEmpty())
        return;
    m_configurator.adoptPendingState(record.value(QStringLiteral("backend")).toObject());
    const Status s = m_configurator.restore();
    setPendingRecord({});
    m_rolledBack = true;
    const NetworkSettings settings = NetworkSettings::fromJson(record.value(QStringLiteral("settings")).toObject());
    qCWarning(lcSetup) << "a network change was still unconfirmed when the box stopped: previous settings restored"
                       << (s ? QString() : s.error().message);
    m_audit.record(
        {record.value(QStringLiteral("operatorId")).toInteger(), record.value(QStringLiteral("login")).toString(),
         record.value(QStringLiteral("address")).toString(), QStringLiteral("network.rollback"), describe(settings),
         s ? QStringLiteral("not confirmed before the box stopped") : s.error().message});
}

bool NetworkChange::pendingIn(const MetaStore &meta)
{
    return !meta.object(kPendingKey).isEmpty();
}

NetworkSettings NetworkChange::confirmedIn(const MetaStore &meta)
{
    NetworkSettings s = NetworkSettings::fromJson(meta.object(kSettingsKey));
    s.mode = meta.value(kModeKey).value_or(s.mode);
    return s;
}

NetworkSettings NetworkChange::current() const
{
    return confirmedIn(m_meta);
}

int NetworkChange::secondsLeft() const
{
    return m_pending ? int((m_deadline.remainingTime() + 999) / 1000) : 0;
}

Status NetworkChange::apply(const Actor &actor, const NetworkSettings &settings)
{
    if (m_pending)
        return Error{QStringLiteral("conflict"), QStringLiteral("A network change is still waiting for confirmation."),
                     QStringLiteral("mode")};
    if (const Status s = m_configurator.apply(settings); !s) {
        m_audit.record({actor.op.id, actor.op.login, actor.address, QStringLiteral("network.apply.failed"),
                        describe(settings), s.error().message});
        return s;
    }
    m_pending = settings;
    m_appliedBy = actor;
    setPendingRecord({{QStringLiteral("settings"), settings.toJson()},
                      {QStringLiteral("backend"), m_configurator.pendingState()},
                      {QStringLiteral("operatorId"), actor.op.id},
                      {QStringLiteral("login"), actor.op.login},
                      {QStringLiteral("address"), actor.address}});
    m_rolledBack = false;
    m_deadline = QDeadlineTimer(qint64(m_confirmS) * 1000);
    m_timer.start(m_confirmS * 1000);
    m_audit.record({actor.op.id, actor.op.login, actor.address, QStringLiteral("network.apply"), describe(settings),
                    QStringLiteral("confirm within %1 s").arg(m_confirmS)});
    return success();
}

Status NetworkChange::confirm(const Actor &actor, const QHostAddress &reachedAt)
{
    if (!m_pending)
        return Error{QStringLiteral("conflict"), QStringLiteral("No network change is waiting for confirmation."), {}};
    const NetworkSettings settings = *m_pending;
    if (settings.isStatic() && QHostAddress(reachedAt.toIPv4Address()) != QHostAddress(settings.address))
        return Error{QStringLiteral("wrong_address"),
                     QStringLiteral("Confirm from the new address %1: this page was reached at %2.")
                         .arg(settings.address, QHostAddress(reachedAt.toIPv4Address()).toString()),
                     {}};
    m_timer.stop();
    m_pending.reset();
    m_configurator.commit();
    setPendingRecord({});
    m_meta.setValue(kModeKey, settings.mode);
    m_meta.setObject(kSettingsKey, settings.toJson());
    m_audit.record(
        {actor.op.id, actor.op.login, actor.address, QStringLiteral("network.confirm"), describe(settings), {}});
    return success();
}

void NetworkChange::rollback()
{
    if (!m_pending)
        return;
    const NetworkSettings settings = *m_pending;
    m_pending.reset();
    const Status s = m_configurator.restore();
    setPendingRecord({});
    m_rolledBack = true;
    qCWarning(lcSetup) << "network change not confirmed in" << m_confirmS << "s: previous settings restored"
                       << (s ? QString() : s.error().message);
    m_audit.record({m_appliedBy.op.id, m_appliedBy.op.login, m_appliedBy.address, QStringLiteral("network.rollback"),
                    describe(settings), s ? QStringLiteral("not confirmed in time") : s.error().message});
    Q_EMIT rolledBackNow();
}

} // namespace mente::box
