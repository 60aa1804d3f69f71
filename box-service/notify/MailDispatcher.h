// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "notify/MailTransport.h"
#include "shared/Clock.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace mente::box {

class Outbox;

// Sends the outbox, one mail at a time, on a worker thread (the transport blocks), and retries
// failed mails with exponential backoff: retryMinS, doubled per attempt, at most retryMaxS.
// A refused mail (5xx) or one that used up maxAttempts becomes failed-permanently; it stays in
// the outbox and an admin can retry it.
class MailDispatcher : public QObject
{
    Q_OBJECT
public:
    struct Policy
    {
        int retryMinS = 30;
        int retryMaxS = 3600;
        int maxAttempts = 100;
    };

    MailDispatcher(Outbox &outbox, std::unique_ptr<MailTransport> transport, const Clock &clock, Policy policy,
                   QObject *parent = nullptr);
    ~MailDispatcher() override;

    // Puts mails interrupted by the last stop back in the queue and starts sending.
    void start();
    static QDateTime nextAttempt(const QDateTime &now, int attempts, const Policy &policy);

Q_SIGNALS:
    void delivered(qint64 id);
    void attemptFailed(qint64 id, const QString &error, bool permanent);

private:
    void pump();
    void arm();
    void finish(qint64 id, int attempts, const SendOutcome &outcome);

    Outbox &m_outbox;
    std::unique_ptr<MailTransport> m_transport;
    const Clock &m_clock;
    Policy m_policy;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
    QTimer m_timer;
    bool m_busy = false;
    bool m_started = false;
    std::atomic<bool> m_cancel{false};
};

} // namespace mente::box
