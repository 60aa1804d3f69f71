// SPDX-License-Identifier: GPL-3.0-or-later
#include "GeneratorProcess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace mente::bench {

GeneratorProcess::GeneratorProcess(QObject *parent) : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &GeneratorProcess::readLines);
}

GeneratorProcess::~GeneratorProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.write("quit\n");
        if (!m_process.waitForFinished(5000)) {
            m_process.kill(); // our own child, by its handle
            m_process.waitForFinished(5000);
        }
    }
}

bool GeneratorProcess::start(const QString &program, int boxes, const QString &password, int keepaliveS, QString *error)
{
    m_process.start(program, {QStringLiteral("--boxes"), QString::number(boxes), QStringLiteral("--keepalive-s"),
                              QString::number(keepaliveS)});
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString());
        return false;
    }
    m_process.write(password.toUtf8() + '\n');
    // Certificates for 1,000 boxes take a while on a loaded machine.
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 300000) {
        const QString line = waitFor(QString(), 1000);
        if (line == QLatin1String("ready"))
            return m_boxes.size() == boxes || (*error = QStringLiteral("the generator served too few boxes"), false);
        const QStringList w = line.split(QLatin1Char(' '));
        if (w.size() == 4 && w[0] == QLatin1String("box"))
            m_boxes.append({quint16(w[2].toUInt()), w[3]});
        if (m_process.state() == QProcess::NotRunning) {
            *error = QStringLiteral("the generator stopped (exit code %1)").arg(m_process.exitCode());
            return false;
        }
    }
    *error = QStringLiteral("the generator was not ready in 300 s");
    return false;
}

void GeneratorProcess::readLines()
{
    m_buffer += m_process.readAllStandardOutput();
    for (qsizetype nl; (nl = m_buffer.indexOf('\n')) >= 0;) {
        m_lines.append(QString::fromUtf8(m_buffer.left(nl)));
        m_buffer.remove(0, nl + 1);
    }
}

void GeneratorProcess::send(const QString &command)
{
    m_process.write(command.toUtf8() + '\n');
}

QString GeneratorProcess::waitFor(const QString &prefix, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    for (;;) {
        for (qsizetype i = 0; i < m_lines.size(); ++i)
            if (m_lines.at(i).startsWith(prefix))
                return m_lines.takeAt(i);
        if (t.elapsed() >= timeoutMs || m_process.state() == QProcess::NotRunning)
            return {};
        // Sleep in the event loop until the generator says something (no busy wait: the console's
        // CPU is being measured in this process).
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        connect(&m_process, &QProcess::readyReadStandardOutput, &loop, &QEventLoop::quit);
        connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
        timer.start(int(std::max<qint64>(1, timeoutMs - t.elapsed())));
        loop.exec();
    }
}

QString GeneratorProcess::ask(const QString &command, const QString &prefix, int timeoutMs)
{
    send(command);
    return waitFor(prefix, timeoutMs);
}

} // namespace mente::bench
