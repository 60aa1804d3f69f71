// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/BoxProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcessEnvironment>

#include <csignal>

namespace mente::test {

BoxProcess::BoxProcess() = default;

BoxProcess::~BoxProcess()
{
    stop();
}

QString BoxProcess::binary()
{
    return qEnvironmentVariable("MENTE_BOX_BINARY", QStringLiteral("mente-box"));
}

QByteArray BoxProcess::run(const QStringList &args, int *code)
{
    QProcess process;
    process.start(binary(), args);
    process.waitForFinished(30000);
    if (code)
        *code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAllStandardOutput();
}

bool BoxProcess::start(QStringList extraArgs)
{
    stop();
    QFile config(configPath());
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    // A test box never sweeps the machine's real subnets on its own: discovery runs only when a
    // test asks for it (and names its own namespace subnet in [lan] cidrs).
    QString ini = m_config;
    if (!ini.contains(QLatin1String("at_start")))
        ini += QStringLiteral("\n[discovery]\nat_start=false\n");
    if (!ini.contains(QLatin1String("interval_h")))
        ini += QStringLiteral("\n[discovery]\ninterval_h=0\n");
    // Its LAN is loopback unless the test names its own namespace's subnet: the machine's own
    // subnet (the box's default) is never swept, and no tunnel reaches into it.
    if (!ini.contains(QLatin1String("cidrs=")))
        ini += QStringLiteral("\n[lan]\ncidrs=127.0.0.0/8\n");
    // Nor does it ping the machine's real default gateway: tests that watch a gateway name one in
    // their own namespace.
    if (!ini.contains(QLatin1String("gateway=")))
        ini += QStringLiteral("\n[monitor]\ngateway=none\n");
    // The SSH tunnel endpoint (on by default on 0.0.0.0:2222) listens on loopback, on a free port.
    if (!ini.contains(QLatin1String("[tunnel]")))
        ini += QStringLiteral("\n[tunnel]\nlisten=127.0.0.1:0\n");
    // Nor does it rename the machine, announce itself on the machine's LAN or add the first-boot
    // address to the machine's interface: the tests of those make their own namespace.
    if (!ini.contains(QLatin1String("hostname_cmd=")))
        ini += QStringLiteral("\n[network]\nhostname_cmd=\n");
    if (!ini.contains(QLatin1String("announce=")))
        ini += QStringLiteral("\n[network]\nannounce=off\n");
    if (!ini.contains(QLatin1String("fallback_address=")))
        ini += QStringLiteral("\n[network]\nfallback_address=off\n");
    config.write(ini.toUtf8());
    config.close();

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    QStringList args{QStringLiteral("--data-dir"), dataDir(), QStringLiteral("--api-listen"),
                     QStringLiteral("127.0.0.1:0"), QStringLiteral("--setup-listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--config"), configPath()};
    args += extraArgs;
    m_process->start(binary(), args);
    m_apiUrl.clear();
    m_setupUrl.clear();
    m_fingerprint.clear();
    m_sshListen.clear();
    m_output.clear();
    QByteArray pending;
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()
           && (m_apiUrl.isEmpty() || m_setupUrl.isEmpty() || m_fingerprint.isEmpty() || m_sshListen.isEmpty())) {
        if (m_process->state() == QProcess::NotRunning)
            break;
        m_process->waitForReadyRead(200);
        pending += m_process->readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(nl)).trimmed();
            pending.remove(0, nl + 1);
            m_output += line + QLatin1Char('\n');
            if (line.startsWith(QLatin1String("api-listen ")))
                m_apiUrl = line.mid(11);
            else if (line.startsWith(QLatin1String("setup-listen ")))
                m_setupUrl = line.mid(13);
            else if (line.startsWith(QLatin1String("tls-fingerprint ")))
                m_fingerprint = line.mid(16);
            else if (line.startsWith(QLatin1String("ssh-listen ")))
                m_sshListen = line.mid(11);
        }
    }
    m_output += QString::fromUtf8(m_process->readAllStandardError());
    return !m_apiUrl.isEmpty() && !m_setupUrl.isEmpty() && !m_fingerprint.isEmpty() && !m_sshListen.isEmpty();
}

int BoxProcess::sshPort() const
{
    return m_sshListen == QLatin1String("off") ? 0 : m_sshListen.section(QLatin1Char(':'), -1).toInt();
}

bool BoxProcess::stop()
{
    if (!m_process)
        return true;
    bool clean = true;
    if (m_process->state() != QProcess::NotRunning) {
        ::kill(pid_t(m_process->processId()), SIGTERM);
        if (!m_process->waitForFinished(15000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
            clean = false;
        }
    }
    clean = clean && m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
    m_output += QString::fromUtf8(m_process->readAllStandardOutput());
    m_output += QString::fromUtf8(m_process->readAllStandardError());
    m_process.reset();
    return clean;
}

bool BoxProcess::kill()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return false;
    ::kill(pid_t(m_process->processId()), SIGKILL);
    const bool gone = m_process->waitForFinished(10000);
    m_output += QString::fromUtf8(m_process->readAllStandardOutput());
    m_output += QString::fromUtf8(m_process->readAllStandardError());
    m_process.reset();
    return gone;
}

} // namespace mente::test
