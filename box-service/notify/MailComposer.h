// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/MailTemplates.h"
#include "notify/Outbox.h"
#include "shared/Box.h"
#include "shared/Clock.h"
#include "shared/Customer.h"
#include "shared/Licence.h"
#include "shared/Operator.h"

#include <QDateTime>
#include <QJsonObject>
#include <functional>

namespace mente::box {

// What the mails say about the box itself, read when a mail is made.
struct MailFacts
{
    BoxStatus status; // serial, states, addresses, SSH port, address mode
    QString vpnHub;
    QString vpnUser;
};

// One addressee with the language its mail is written in.
struct MailRecipient
{
    QString address;
    QString language; // "ja" or "en"
    QString greeting; // the name after 様 / Dear
    bool customer = false;
};

// The fault a fault, repeat or recovery mail is about.
struct FaultNotice
{
    QString category;  // "device", "box", "vpn"
    QString kind;      // the event kind: device, port, box, vpn
    qint64 targetId = 0;
    QString ip;        // device address (device and port targets)
    QString label;     // device name or host name
    int port = 0;
    QString protocol;
    QString cause;
    QDateTime since;   // when the fault began
    QDateTime at;      // when this happened (fault, repeat or recovery)
    qint64 eventSeq = 0;
};

// Renders the mails of §29 for their recipients and wraps each in MIME, ready for the outbox.
class MailComposer
{
public:
    MailComposer(QString from, double repeatMin, std::function<MailFacts()> facts, const Clock &clock);

    // New [mail] from and repeat_min (GET/PUT /api/v1/box/mail): the next mail made uses them.
    void setSender(const QString &from, double repeatMin);

    static MailRecipient recipientFor(const Customer &customer);
    static MailRecipient recipientFor(const Operator &op);

    Result<Outbox::NewMail> registered(const Customer &customer, const MailRecipient &to) const;
    Result<Outbox::NewMail> licence(const Customer &customer, const Licence &licence, const MailRecipient &to) const;
    // Any other mail (the monthly report): a template filled with the customer's and the box's
    // values plus `extra`; with an HTML alternative when `html` is given.
    Result<Outbox::NewMail> compose(const QString &mailKind, const QString &templateName, const Customer &customer,
                                    const MailRecipient &to, const MailTemplates::Values &extra,
                                    const QString &html = {}) const;
    // A device discovery never saw before (the device.new event's detail: ip, mac, vendor, hostname).
    Result<Outbox::NewMail> newDevice(const Customer &customer, const QJsonObject &device, const QDateTime &at,
                                      const MailRecipient &to, qint64 eventSeq) const;

    // mailKind: "fault", "repeat" or "recovery".
    Result<Outbox::NewMail> fault(const QString &mailKind, const Customer &customer, const FaultNotice &notice,
                                  const MailRecipient &to) const;

    // Local time as the seed shows it: 2012-12-12 19:06:44 (with the zone).
    static QString formatTime(const QDateTime &time);

private:
    MailTemplates::Values baseValues(const Customer &customer, const MailRecipient &to, const MailFacts &facts) const;
    Result<Outbox::NewMail> make(const QString &mailKind, const QString &templateName, const MailRecipient &to,
                                 const MailTemplates::Values &values, qint64 eventSeq, const QString &html = {}) const;

    QString m_from;
    double m_repeatMin;
    std::function<MailFacts()> m_facts;
    const Clock &m_clock;
};

} // namespace mente::box
