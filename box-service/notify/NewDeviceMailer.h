// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Clock.h"
#include "shared/Customer.h"
#include "shared/Event.h"
#include "shared/Licence.h"
#include "shared/Result.h"

#include <functional>

namespace mente::box {

class MailComposer;
class OperatorStore;
class Outbox;

// [discovery] mail_new=true: each "device.new" event is mailed to the operators who receive
// fault mail (enabled, not removed, with an address), in their language, through the outbox.
// An EventLog writer, so the mails are queued in the event's own transaction. Like every mail,
// none without a valid licence.
class NewDeviceMailer
{
public:
    NewDeviceMailer(const MailComposer &composer, Outbox &outbox, const OperatorStore &operators,
                    std::function<Customer()> customer, std::function<Licence()> licence, const Clock &clock,
                    bool enabled);

    Status onEvent(const Event &event);

private:
    const MailComposer &m_composer;
    Outbox &m_outbox;
    const OperatorStore &m_operators;
    std::function<Customer()> m_customer;
    std::function<Licence()> m_licence;
    const Clock &m_clock;
    bool m_enabled;
};

} // namespace mente::box
