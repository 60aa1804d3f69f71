// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/SshCheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QThreadPool>

#include <libssh/libssh.h>
#include <mutex>

namespace mente::box {

namespace {
QString causeOf(const QString &error)
{
    const QString e = error.toLower();
    if (e.contains(QLatin1String("refused")))
        return QStringLiteral("refused");
    if (e.contains(QLatin1String("timeout")) || e.contains(QLatin1String("timed out")))
        return QStringLiteral("timeout");
    if (e.contains(QLatin1String("banner")) || e.contains(QLatin1String("protocol mismatch")))
        return QStringLiteral("bad banner");
    if (e.contains(QLatin1String("unreachable")) || e.contains(QLatin1String("no route")))
        return QStringLiteral("unreachable");
    if (e.contains(QLatin1String("closed")) || e.contains(QLatin1String("disconnect")))
        return QStringLiteral("closed by peer");
    return QStringLiteral("kex failed");
}
} // namespace

SshCheck::SshCheck(CheckTarget target, QThreadPool &pool, QObject *parent)
    : Check(std::move(target), parent), m_pool(pool)
{}

void SshCheck::start()
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { ssh_init(); });
    QPointer<SshCheck> self(this);
    const QString host = m_target.ip;
    const int port = m_target.port;
    const int timeoutMs = m_target.timeoutMs;
    m_pool.start([self, host, port, timeoutMs] {
        const CheckResult result = run(host, port, timeoutMs);
        // Back to the main thread, where the guard is safe to test.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, result] {
                if (self)
                    self->finish(result);
            },
            Qt::QueuedConnection);
    });
}

CheckResult SshCheck::run(const QString &host, int port, int timeoutMs)
{
    CheckResult r;
    r.method = QStringLiteral("ssh");
    QElapsedTimer elapsed;
    elapsed.start();
    ssh_session session = ssh_new();
    if (!session) {
        r.cause = QStringLiteral("ssh unavailable");
        return r;
    }
    const QByteArray hostName = host.toLatin1();
    unsigned int portNumber = unsigned(port);
    long seconds = timeoutMs / 1000;
    long micros = long(timeoutMs % 1000) * 1000;
    int verbosity = SSH_LOG_NOLOG;
    bool processConfig = false;
    ssh_options_set(session, SSH_OPTIONS_HOST, hostName.constData());
    ssh_options_set(session, SSH_OPTIONS_PORT, &portNumber);
    ssh_options_set(session, SSH_OPTIONS_USER, "mente-monitor");
    ssh_options_set(session, SSH_OPTIONS_TIMEOUT, &seconds);
    ssh_options_set(session, SSH_OPTIONS_TIMEOUT_USEC, &micros);
    ssh_options_set(session, SSH_OPTIONS_LOG_VERBOSITY, &verbosity);
    ssh_options_set(session, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    const int rc = ssh_connect(session);
    if (rc == SSH_OK) {
        r.up = true;
        r.latencyMs = int(elapsed.elapsed());
        ssh_disconnect(session);
    } else {
        const QString error = QString::fromUtf8(ssh_get_error(session));
        r.cause = causeOf(error);
        if (r.cause == QLatin1String("timeout") && ssh_get_serverbanner(session) == nullptr)
            r.cause = QStringLiteral("timeout (no ssh banner)");
        else if (elapsed.elapsed() >= timeoutMs && r.cause == QLatin1String("kex failed"))
            r.cause = QStringLiteral("timeout");
    }
    ssh_free(session);
    return r;
}

} // namespace mente::box
