// SPDX-License-Identifier: GPL-3.0-or-later
#include "TunnelLab.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTcpServer>

namespace mente::test {

TunnelLab::TunnelLab() = default;

TunnelLab::~TunnelLab()
{
    if (m_servers && m_servers->state() != QProcess::NotRunning) {
        m_servers->kill(); // by its own PID
        m_servers->waitForFinished(5000);
    }
}

bool TunnelLab::start()
{
    m_payload.resize(3 * 1024 * 1024 + 17); // beyond libssh's and OpenSSH's channel windows
    auto *words = reinterpret_cast<quint32 *>(m_payload.data());
    QRandomGenerator::global()->fillRange(words, m_payload.size() / 4);
    QFile file(path(QStringLiteral("big.bin")));
    if (!file.open(QIODevice::WriteOnly) || file.write(m_payload) != m_payload.size())
        return false;
    file.close();
    m_servers = std::make_unique<QProcess>();
    m_servers->start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(MENTE_TUNNEL_LAB), m_dir.path()});
    const QDeadlineTimer deadline(10000);
    QByteArray pending;
    while (!deadline.hasExpired() && (!m_httpPort || !m_echoPort || !m_outsidePort)) {
        if (m_servers->state() == QProcess::NotRunning)
            return false;
        m_servers->waitForReadyRead(200);
        pending += m_servers->readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QList<QByteArray> parts = pending.left(nl).trimmed().split(' ');
            pending.remove(0, nl + 1);
            if (parts.size() != 2)
                continue;
            const int port = parts.at(1).toInt();
            if (parts.at(0) == "http")
                m_httpPort = port;
            else if (parts.at(0) == "echo")
                m_echoPort = port;
            else if (parts.at(0) == "outside")
                m_outsidePort = port;
        }
    }
    return m_httpPort && m_echoPort && m_outsidePort;
}

CommandResult TunnelLab::run(const QString &program, const QStringList &args, const QByteArray &input, int timeoutMs)
{
    QProcess process;
    process.start(program, args);
    CommandResult result;
    if (!process.waitForStarted(5000))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    // Read as it comes: a big answer would fill the pipe otherwise.
    const QDeadlineTimer deadline(timeoutMs);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        process.waitForReadyRead(100);
        result.out += process.readAllStandardOutput();
        result.err += process.readAllStandardError();
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.out += process.readAllStandardOutput();
    result.err += process.readAllStandardError();
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

QString TunnelLab::makeKey(const QString &name)
{
    const QString key = path(name);
    run(QStringLiteral("ssh-keygen"),
        {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
         QStringLiteral("-C"), name + QStringLiteral("@console"), QStringLiteral("-f"), key});
    return key;
}

QString TunnelLab::publicKey(const QString &privateKeyPath)
{
    QFile file(privateKeyPath + QStringLiteral(".pub"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll()).trimmed();
}

QString TunnelLab::scanHostKey(int port)
{
    const CommandResult scan =
        run(QStringLiteral("ssh-keyscan"), {QStringLiteral("-p"), QString::number(port), QStringLiteral("-t"),
                                            QStringLiteral("ed25519"), QStringLiteral("127.0.0.1")});
    QFile known(path(QStringLiteral("known_hosts")));
    if (scan.code != 0 || !known.open(QIODevice::WriteOnly) || known.write(scan.out) != scan.out.size())
        return {};
    known.close();
    const CommandResult print = run(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), known.fileName()});
    const QList<QByteArray> fields = print.out.trimmed().split(' ');
    return fields.size() > 1 ? QString::fromLatin1(fields.at(1)) : QString();
}

QStringList TunnelLab::sshOptions(const QString &key, int port, const QString &user) const
{
    return {QStringLiteral("-F"), QStringLiteral("/dev/null"),
            QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
            QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"),
            QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + path(QStringLiteral("known_hosts")),
            QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes"),
            QStringLiteral("-o"), QStringLiteral("IdentityAgent=none"),
            QStringLiteral("-o"), QStringLiteral("ConnectTimeout=5"),
            QStringLiteral("-i"), key,
            QStringLiteral("-p"), QString::number(port),
            QStringLiteral("-l"), user};
}

CommandResult TunnelLab::fetchThrough(const QString &key, int sshPort, const QString &host, int port,
                                      const QString &urlPath)
{
    QStringList args = sshOptions(key, sshPort);
    args << QStringLiteral("-W") << QStringLiteral("%1:%2").arg(host).arg(port) << QStringLiteral("127.0.0.1");
    return run(QStringLiteral("ssh"), args, QStringLiteral("GET %1 HTTP/1.0\r\n\r\n").arg(urlPath).toLatin1());
}

int TunnelLab::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QByteArray TunnelLab::body(const QByteArray &httpAnswer)
{
    const qsizetype end = httpAnswer.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : httpAnswer.mid(end + 4);
}

} // namespace mente::test
