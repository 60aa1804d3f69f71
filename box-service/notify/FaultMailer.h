// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/MailComposer.h"
#include "shared/Clock.h"
#include "shared/Event.h"
#include "shared/HealthState.h"
#include "store/FaultEpisodeStore.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace mente::box {

class Database;
class DeviceStore;
class OperatorStore;
class Outbox;

// The fault-mail rules of §28–29 (F9), applied to each state event in its own transaction:
// - Categories: device and port events are "device", box is "box", vpn is "vpn".
// - A change into "fault" mails ③ to the customer (when mailOnFault and the category's switch
//   are on) and ⑥ to every enabled, not removed operator with receivesFaultMail and an address
//   (also only when the category's switch is on: the switches are the box's, §28 step 3).
// - While the fault lasts it is mailed again every repeat_min; a change from "fault" to "ok"
//   mails the recovery. A change to "unknown" (monitoring switched off, target removed) ends
//   the fault without a mail.
// - No mail for an event marked detail.muted (maintenance window), no repeat while the target
//   is muted, and no mail at all without a valid licence. A flapping target is one state for the
//   monitor (fault, cause "flapping"): it gets one fault mail and repeats like any fault.
// - A recovery is mailed only for a fault that was mailed (or would have been: an episode is
//   kept even when nobody was switched on then).
class FaultMailer : public QObject
{
    Q_OBJECT
public:
    // The current state of a target; nullopt when the target is gone.
    using StateLookup = std::function<std::optional<HealthState>(const QString &kind, qint64 id)>;

    FaultMailer(Database &db, const MailComposer &composer, Outbox &outbox, const OperatorStore &operators,
                const DeviceStore &devices, std::function<Customer()> customer, std::function<Licence()> licence,
                StateLookup state, const Clock &clock, double repeatMin, QObject *parent = nullptr);

    // The EventLog writer: runs inside the event's transaction.
    Status onEvent(const Event &event);
    // Repeats the mails of faults that are due, and closes faults whose target has recovered
    // or gone without an event that said so. Runs in its own transaction.
    Status tick();
    void start(); // a timer calls tick()
    // A new [mail] repeat_min: a fault open now repeats at the new pace.
    void setRepeatMin(double repeatMin);
    // Whether a target is muted now (maintenance window); no repeats then. None: never muted.
    void setMuteCheck(std::function<bool(const QString &kind, qint64 id)> muted) { m_muted = std::move(muted); }

    static QString categoryOf(const QString &eventKind); // empty for kinds that are not mailed
    static QList<MailRecipient> recipients(const Customer &customer, const QList<Operator> &operators,
                                           const QString &category);
    int openFaults() const;

private:
    QList<FaultEpisode> dueEpisodes(const QDateTime &now) const;
    FaultNotice describe(const QString &kind, qint64 id) const;
    Status queueMails(const QString &mailKind, const FaultNotice &notice);
    bool licensed() const;

    Database &m_db;
    FaultEpisodeStore m_episodes;
    const MailComposer &m_composer;
    Outbox &m_outbox;
    const OperatorStore &m_operators;
    const DeviceStore &m_devices;
    std::function<Customer()> m_customer;
    std::function<Licence()> m_licence;
    StateLookup m_state;
    std::function<bool(const QString &kind, qint64 id)> m_muted;
    const Clock &m_clock;
    qint64 m_repeatMs;
    QTimer m_timer;
};

} // namespace mente::box
