// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/NewDeviceMailer.h"

#include "notify/MailComposer.h"
#include "notify/Outbox.h"
#include "shared/Clock.h"
#include "store/OperatorStore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNewDeviceMail, "mente.box.mail.newdevice")

namespace mente::box {

NewDeviceMailer::NewDeviceMailer(const MailComposer &composer, Outbox &outbox, const OperatorStore &operators,
                                 std::function<Customer()> customer, std::function<Licence()> licence,
                                 const Clock &clock, bool enabled)
    : m_composer(composer)
    , m_outbox(outbox)
    , m_operators(operators)
    , m_customer(std::move(customer))
    , m_licence(std::move(licence))
    , m_clock(clock)
    , m_enabled(enabled)
{}

Status NewDeviceMailer::onEvent(const Event &event)
{
    if (!m_enabled || event.kind != QLatin1String("device.new"))
        return success();
    if (!m_licence().validOn(m_clock.now().date())) {
        qCInfo(lcNewDeviceMail) << "no licence: new device" << event.to << "not mailed";
        return success();
    }
    const Customer customer = m_customer();
    const QDateTime at = event.at.isValid() ? event.at : m_clock.now();
    int queued = 0;
    for (const Operator &op : m_operators.list(false)) {
        if (!op.enabled || op.removed() || !op.receivesFaultMail || op.email.isEmpty())
            continue;
        auto mail = m_composer.newDevice(customer, event.detail, at, MailComposer::recipientFor(op), event.seq);
        if (!mail)
            return mail.error();
        if (const auto id = m_outbox.enqueue(mail.value()); !id)
            return id.error();
        ++queued;
    }
    qCInfo(lcNewDeviceMail) << "new device" << event.to << "mailed to" << queued << "operator(s)";
    return success();
}

} // namespace mente::box
