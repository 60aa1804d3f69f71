// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/Check.h"

class QThreadPool;

namespace mente::box {

// SSH: banner exchange and key exchange with libssh (blocking, so on a worker thread of the
// given pool). A server that accepts TCP but never finishes the key exchange is down.
class SshCheck final : public Check
{
    Q_OBJECT
public:
    SshCheck(CheckTarget target, QThreadPool &pool, QObject *parent = nullptr);
    void start() override;

    // The blocking part, public for the pool's lambda: runs on a worker thread.
    static CheckResult run(const QString &host, int port, int timeoutMs);

private:
    QThreadPool &m_pool;
};

} // namespace mente::box
