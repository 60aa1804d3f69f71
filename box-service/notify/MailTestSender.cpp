// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/MailTestSender.h"

namespace mente::box {

MailTestSender::MailTestSender(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("mail-test"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

MailTestSender::~MailTestSender()
{
    m_cancel = true;
    m_thread.quit();
    m_thread.wait();
}

bool MailTestSender::send(const SmtpTransport::Settings &settings, const MailEnvelope &envelope, Done done)
{
    if (m_busy)
        return false;
    m_busy = true;
    QMetaObject::invokeMethod(m_worker, [this, settings, envelope, done = std::move(done)] {
        SmtpTransport transport(settings);
        const SendOutcome outcome = transport.send(envelope, m_cancel);
        // The destructor waits for this thread, so `this` is alive here.
        QMetaObject::invokeMethod(
            this,
            [this, outcome, done] {
                m_busy = false;
                if (done)
                    done(outcome);
            },
            Qt::QueuedConnection);
    });
    return true;
}

} // namespace mente::box
