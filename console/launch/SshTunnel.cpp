// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/SshTunnel.h"

#include "launch/TunnelWorker.h"

#include <QThread>

namespace mente::console {

SshTunnel::SshTunnel(TunnelEndpoint endpoint, TunnelTimings timings, QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new TunnelWorker(std::move(endpoint), timings))
{
    qRegisterMetaType<mente::console::TunnelState>();
    m_thread->setObjectName(QStringLiteral("ssh-tunnel"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TunnelWorker::stateChanged, this, [this](TunnelState state, const QString &detail) {
        m_state = state;
        m_detail = detail;
        if (state == TunnelState::Up)
            ++m_connects;
        emit stateChanged(state, detail);
    });
    connect(m_worker, &TunnelWorker::forwardListening, this, &SshTunnel::forwardListening);
    connect(m_worker, &TunnelWorker::forwardFailed, this, &SshTunnel::forwardFailed);
    connect(m_worker, &TunnelWorker::connectionsChanged, this, &SshTunnel::connectionsChanged);
    connect(m_worker, &TunnelWorker::hostKeySeen, this, &SshTunnel::hostKeySeen);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &TunnelWorker::start, Qt::QueuedConnection);
}

SshTunnel::~SshTunnel()
{
    m_thread->quit();
    m_thread->wait(); // the worker (and its libssh session) goes with the thread
}

int SshTunnel::openForward(const QString &targetHost, quint16 targetPort)
{
    const int id = m_nextId++;
    ++m_forwards;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, id, targetHost, targetPort]() { w->addForward(id, targetHost, targetPort); },
        Qt::QueuedConnection);
    return id;
}

void SshTunnel::closeForward(int id)
{
    --m_forwards;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, id]() { w->removeForward(id); }, Qt::QueuedConnection);
}

} // namespace mente::console
