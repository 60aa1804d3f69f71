// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/FaultMailer.h"

#include "notify/Outbox.h"
#include "shared/Clock.h"
#include "shared/TimeFormat.h"
#include "store/Database.h"
#include "store/DeviceStore.h"
#include "store/OperatorStore.h"

#include <QLoggingCategory>
#include <QVariant>

Q_LOGGING_CATEGORY(lcFaultMail, "mente.mail.fault")

namespace mente::box {

FaultMailer::FaultMailer(Database &db, const MailComposer &composer, Outbox &outbox, const OperatorStore &operators,
                         const DeviceStore &devices, std::function<Customer()> customer,
                         std::function<Licence()> licence, StateLookup state, const Clock &clock, double repeatMin,
                         QObject *parent)
    : QObject(parent),
      m_db(db),
      m_episodes(db),
      m_composer(composer),
      m_outbox(outbox),
      m_operators(operators),
      m_devices(devices),
      m_customer(std::move(customer)),
      m_licence(std::move(licence)),
      m_state(std::move(state)),
      m_clock(clock),
      m_repeatMs(qint64(repeatMin * 60000))
{
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (const Status s = tick(); !s)
            qCWarning(lcFaultMail) << "repeating fault mails failed:" << s.error().message;
    });
}

void FaultMailer::start()
{
    m_timer.start(int(std::clamp<qint64>(m_repeatMs / 10, 500, 60000)));
}

void FaultMailer::setRepeatMin(double repeatMin)
{
    m_repeatMs = qint64(repeatMin * 60000);
    if (m_timer.isActive())
        start();
}

QString FaultMailer::categoryOf(const QString &kind)
{
    if (kind == QLatin1String("device") || kind == QLatin1String("port"))
        return QStringLiteral("device");
    if (kind == QLatin1String("box") || kind == QLatin1String("vpn"))
        return kind;
    return {};
}

QList<MailRecipient> FaultMailer::recipients(const Customer &customer, const QList<Operator> &operators,
                                             const QString &category)
{
    const bool on = (category == QLatin1String("device") && customer.notify.device)
                    || (category == QLatin1String("box") && customer.notify.box)
                    || (category == QLatin1String("vpn") && customer.notify.vpn);
    QList<MailRecipient> list;
    if (!on)
        return list;
    if (customer.mailOnFault && !customer.email.isEmpty())
        list << MailComposer::recipientFor(customer);
    for (const Operator &op : operators)
        if (op.enabled && !op.removed() && op.receivesFaultMail && !op.email.isEmpty())
            list << MailComposer::recipientFor(op);
    return list;
}

bool FaultMailer::licensed() const
{
    return m_licence().validOn(m_clock.now().date());
}

FaultNotice FaultMailer::describe(const QString &kind, qint64 id) const
{
    FaultNotice n;
    n.kind = kind;
    n.category = categoryOf(kind);
    n.targetId = id;
    std::optional<Device> device;
    if (kind == QLatin1String("port")) {
        if (const auto port = m_devices.portById(id)) {
            n.port = port->port;
            n.protocol = port->protocol;
            device = m_devices.byId(port->deviceId);
        }
    } else if (kind == QLatin1String("device")) {
        device = m_devices.byId(id);
    }
    if (device) {
        n.ip = device->ip;
        n.label = !device->name.isEmpty() ? device->name : device->hostname;
    }
    return n;
}

Status FaultMailer::queueMails(const QString &mailKind, const FaultNotice &notice)
{
    const Customer customer = m_customer();
    const QList<MailRecipient> to = recipients(customer, m_operators.list(false), notice.category);
    for (const MailRecipient &r : to) {
        auto mail = m_composer.fault(mailKind, customer, notice, r);
        if (!mail)
            return mail.error();
        if (auto id = m_outbox.enqueue(mail.value()); !id)
            return id.error();
    }
    qCInfo(lcFaultMail) << mailKind << "mail for" << notice.kind << notice.targetId << "queued for" << to.size()
                        << "recipient(s)";
    return success();
}

Status FaultMailer::onEvent(const Event &e)
{
    const QString category = categoryOf(e.kind);
    if (category.isEmpty() || e.from == e.to)
        return success();
    const bool toFault = e.to == QLatin1String("fault");
    const bool fromFault = e.from == QLatin1String("fault");
    if (!toFault && !fromFault)
        return success();
    const QDateTime at = e.at.isValid() ? e.at : m_clock.now();
    if (toFault) {
        if (e.detail.value(QStringLiteral("muted")).toBool()) {
            qCInfo(lcFaultMail) << "no mail for muted" << e.kind << e.id;
            return success();
        }
        if (const Status s = m_episodes.begin({e.kind, e.id, at, at, e.seq, e.cause}); !s)
            return s;
        if (!licensed()) {
            qCInfo(lcFaultMail) << "no fault mail: the maintenance licence is not valid";
            return success();
        }
        FaultNotice n = describe(e.kind, e.id);
        n.cause = e.cause;
        n.since = at;
        n.at = at;
        n.eventSeq = e.seq;
        return queueMails(QStringLiteral("fault"), n);
    }
    // From fault to ok or unknown.
    const auto ep = m_episodes.of(e.kind, e.id);
    if (!ep)
        return success();
    if (const Status s = m_episodes.end(e.kind, e.id); !s)
        return s;
    if (e.to != QLatin1String("ok") || !licensed())
        return success();
    FaultNotice n = describe(e.kind, e.id);
    n.cause = ep->cause;
    n.since = ep->startedAt;
    n.at = at;
    n.eventSeq = e.seq;
    return queueMails(QStringLiteral("recovery"), n);
}

Status FaultMailer::tick()
{
    const QDateTime now = m_clock.now();
    const QList<FaultEpisode> due = dueEpisodes(now);
    if (due.isEmpty())
        return success();
    return m_db.transaction([&]() -> Status {
        for (const FaultEpisode &ep : due) {
            const std::optional<HealthState> state = m_state ? m_state(ep.kind, ep.targetId) : std::optional<HealthState>(HealthState::Fault);
            FaultNotice n = describe(ep.kind, ep.targetId);
            n.cause = ep.cause;
            n.since = ep.startedAt;
            n.at = now;
            n.eventSeq = ep.eventSeq;
            if (!state || *state != HealthState::Fault) {
                if (const Status s = m_episodes.end(ep.kind, ep.targetId); !s)
                    return s;
                if (state == HealthState::Ok && licensed())
                    if (const Status s = queueMails(QStringLiteral("recovery"), n); !s)
                        return s;
                continue;
            }
            if (m_muted && m_muted(ep.kind, ep.targetId))
                continue; // repeated at the first look after the maintenance window
            if (const Status s = m_episodes.markMailed(ep.kind, ep.targetId, now); !s)
                return s;
            if (licensed())
                if (const Status s = queueMails(QStringLiteral("repeat"), n); !s)
                    return s;
        }
        return success();
    });
}

QList<FaultEpisode> FaultMailer::dueEpisodes(const QDateTime &now) const
{
    QList<FaultEpisode> due;
    for (const FaultEpisode &ep : m_episodes.all())
        if (ep.lastMailedAt.msecsTo(now) >= m_repeatMs)
            due.append(ep);
    return due;
}

int FaultMailer::openFaults() const
{
    return m_episodes.count();
}

} // namespace mente::box
