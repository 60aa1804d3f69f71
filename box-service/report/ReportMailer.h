// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/MailComposer.h"
#include "shared/Clock.h"
#include "shared/Report.h"

#include <functional>

namespace mente::box {

class OperatorStore;
class Outbox;

// Mails a monthly report (F10) through the durable outbox: to the customer's address and to
// every enabled operator who receives fault mail, each in the recipient's language, an HTML
// part with a plain-text part holding the availability table. Without a valid licence the same
// people get one mail saying why no report came instead.
class ReportMailer
{
public:
    ReportMailer(const MailComposer &composer, Outbox &outbox, const OperatorStore &operators,
                 std::function<Customer()> customer, std::function<Licence()> licence, const Clock &clock)
        : m_composer(composer)
        , m_outbox(outbox)
        , m_operators(operators)
        , m_customer(std::move(customer))
        , m_licence(std::move(licence))
        , m_clock(clock)
    {}

    struct Queued
    {
        int mails = 0;
        bool licensed = true;
    };
    // Call inside a transaction; fails when there is nobody to mail it to.
    Result<Queued> queue(const MonthlyReport &report) const;
    QList<MailRecipient> recipients() const;

private:
    const MailComposer &m_composer;
    Outbox &m_outbox;
    const OperatorStore &m_operators;
    std::function<Customer()> m_customer;
    std::function<Licence()> m_licence;
    const Clock &m_clock;
};

} // namespace mente::box
