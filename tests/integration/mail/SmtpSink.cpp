// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpSink.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>

namespace mente::test {

SmtpSink::SmtpSink() = default;

SmtpSink::~SmtpSink()
{
    stop();
}

quint16 SmtpSink::freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool SmtpSink::start(quint16 port, const QStringList &extraArgs)
{
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    const QString python = QFileInfo::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                                 : QStringLiteral("python3");
    m_process->start(python, QStringList{QStringLiteral(MENTE_SMTP_SINK), QStringLiteral("--port"),
                                         QString::number(port), QStringLiteral("--dir"),
                                         m_dir.filePath(QStringLiteral("mails"))}
                                 + extraArgs);
    const QDeadlineTimer deadline(15000);
    QByteArray out;
    while (!deadline.hasExpired() && m_process->state() != QProcess::NotRunning) {
        m_process->waitForReadyRead(100);
        out += m_process->readAll();
        const qsizetype at = out.indexOf("listening ");
        if (at >= 0 && out.indexOf('\n', at) > at) {
            m_port = quint16(out.mid(at + 10, out.indexOf('\n', at) - at - 10).trimmed().toUInt());
            return m_port != 0;
        }
    }
    return false;
}

void SmtpSink::stop()
{
    if (!m_process)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
    m_process.reset();
}

QString SmtpSink::output() const
{
    return m_process ? QString::fromUtf8(m_process->readAll()) : QString();
}

QList<ReceivedMail> SmtpSink::mails() const
{
    QList<ReceivedMail> list;
    QDir dir(m_dir.filePath(QStringLiteral("mails")));
    const QStringList files = dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        ReceivedMail m;
        QFile eml(dir.filePath(name));
        QFile env(dir.filePath(QString(name).replace(QLatin1String(".eml"), QLatin1String(".json"))));
        if (!eml.open(QIODevice::ReadOnly) || !env.open(QIODevice::ReadOnly))
            continue;
        m.raw = eml.readAll();
        m.envelope = QJsonDocument::fromJson(env.readAll()).object();
        for (const QJsonValue &v : m.envelope.value(QStringLiteral("to")).toArray())
            m.to << v.toString();
        m.mail = parseMail(m.raw);
        list << m;
    }
    return list;
}

bool SmtpSink::waitForMails(int count, int timeoutMs) const
{
    return waitUntil([&] { return mails().size() >= count; }, timeoutMs);
}

} // namespace mente::test
