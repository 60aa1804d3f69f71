// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/RegistrationMailQueue.h"
#include "shared/Operator.h"

#include <QList>

namespace mente::box {

class MailComposer;
class OperatorStore;
class Outbox;

// Mails ① and ④ at the registration, ② and ⑤ at the licence (§29): one to the customer's
// address, one to each admin operator ("管理オペレータ") that is enabled, not removed and has an
// address; each in the recipient's language.
class RegistrationMailer final : public RegistrationMailQueue
{
public:
    RegistrationMailer(const MailComposer &composer, const OperatorStore &operators, Outbox &outbox);

    Status queueRegistered(const Customer &customer) override;
    Status queueLicenceRegistered(const Customer &customer, const Licence &licence) override;

    static QList<Operator> adminRecipients(const QList<Operator> &operators);

private:
    const MailComposer &m_composer;
    const OperatorStore &m_operators;
    Outbox &m_outbox;
};

} // namespace mente::box
