// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/SmtpTransport.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>

namespace mente::box {

// Sends one mail straight to the SMTP server, outside the outbox, and reports the outcome on
// the event loop: the setup page's "send a test mail" (the operator waits for the answer, and a
// test that failed is not retried). One send at a time; the transport blocks on its own thread.
class MailTestSender : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const SendOutcome &)>;

    explicit MailTestSender(QObject *parent = nullptr);
    ~MailTestSender() override; // cancels a send in progress and waits for it

    bool busy() const { return m_busy; }
    // False (and no call of done) while another test mail is on its way.
    bool send(const SmtpTransport::Settings &settings, const MailEnvelope &envelope, Done done);

private:
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
    std::atomic<bool> m_cancel{false};
    bool m_busy = false;
};

} // namespace mente::box
