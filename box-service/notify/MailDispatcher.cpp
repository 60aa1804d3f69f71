// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/MailDispatcher.h"

#include "notify/Outbox.h"
#include "shared/Clock.h"

#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcMail, "mente.mail")

namespace mente::box {

namespace {
constexpr qint64 kMaxSleepMs = 30000; // look again at least this often (clock changes, retries)
}

MailDispatcher::MailDispatcher(Outbox &outbox, std::unique_ptr<MailTransport> transport, const Clock &clock,
                               Policy policy, QObject *parent)
    : QObject(parent), m_outbox(outbox), m_transport(std::move(transport)), m_clock(clock), m_policy(policy)
{
    m_thread.setObjectName(QStringLiteral("mail-sender"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &MailDispatcher::pump);
    connect(&m_outbox, &Outbox::queued, this, &MailDispatcher::pump);
}

MailDispatcher::~MailDispatcher()
{
    m_cancel = true;
    m_thread.quit();
    m_thread.wait();
}

QDateTime MailDispatcher::nextAttempt(const QDateTime &now, int attempts, const Policy &policy)
{
    const double factor = std::pow(2.0, std::clamp(attempts - 1, 0, 30));
    const qint64 delay = qint64(std::min(double(policy.retryMaxS), policy.retryMinS * factor));
    return now.addSecs(delay);
}

void MailDispatcher::start()
{
    if (auto requeued = m_outbox.requeueInterrupted(); requeued && requeued.value() > 0)
        qCInfo(lcMail) << requeued.value() << "mail(s) interrupted by the last stop are queued again";
    m_started = true;
    pump();
}

void MailDispatcher::arm()
{
    if (m_busy || !m_started)
        return;
    const auto due = m_outbox.nextDueAt();
    if (!due) {
        m_timer.stop();
        return;
    }
    // Times in the outbox have whole seconds; wake just after the due second.
    const qint64 wait = std::clamp<qint64>(m_clock.now().msecsTo(*due) + 20, 0, kMaxSleepMs);
    m_timer.start(int(wait));
}

void MailDispatcher::pump()
{
    if (m_busy || !m_started)
        return;
    const auto claimed = m_outbox.claimNextDue();
    if (!claimed) {
        arm();
        return;
    }
    m_busy = true;
    const Outbox::Claimed mail = *claimed;
    qCDebug(lcMail) << "sending mail" << mail.id << "attempt" << mail.attempts;
    QMetaObject::invokeMethod(m_worker, [this, mail] {
        const SendOutcome outcome = m_transport->send(mail.envelope, m_cancel);
        // The dispatcher waits for this thread in its destructor, so it is alive here.
        QMetaObject::invokeMethod(this, [this, mail, outcome] { finish(mail.id, mail.attempts, outcome); },
                                  Qt::QueuedConnection);
    });
}

void MailDispatcher::finish(qint64 id, int attempts, const SendOutcome &outcome)
{
    m_busy = false;
    if (outcome.sent) {
        if (const Status s = m_outbox.markSent(id); !s)
            qCWarning(lcMail) << "mail" << id << "was sent but could not be marked sent";
        qCInfo(lcMail) << "mail" << id << "delivered";
        Q_EMIT delivered(id);
    } else {
        const bool permanent = outcome.permanent || attempts >= m_policy.maxAttempts;
        const QDateTime next = nextAttempt(m_clock.now(), attempts, m_policy);
        if (const Status s = m_outbox.markFailed(id, outcome.error, permanent, next, outcome.messageSent); !s)
            qCWarning(lcMail) << "mail" << id << "failed and could not be marked";
        qCWarning(lcMail) << "mail" << id << "attempt" << attempts << "failed:" << outcome.error
                          << (permanent ? "(gave up; retry it through the API)" : "(will retry)");
        Q_EMIT attemptFailed(id, outcome.error, permanent);
    }
    pump();
}

} // namespace mente::box
