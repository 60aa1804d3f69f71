// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/NamespaceLab.h"

#include <QFile>
#include <QProcess>

#include <unistd.h>

namespace mente::test {

NamespaceLab::NamespaceLab(QString script) : m_script(std::move(script)) {}

NamespaceLab::~NamespaceLab()
{
    down();
}

bool NamespaceLab::run(const QStringList &args, QString *output) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(m_script, args);
    const bool finished = p.waitForFinished(60000);
    *output = QString::fromLocal8Bit(p.readAll());
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool NamespaceLab::up()
{
    if (::geteuid() != 0) {
        m_error = QStringLiteral("the lab needs root (ip netns)");
        return false;
    }
    QString output;
    if (!run({QStringLiteral("up"), QString::number(::getpid()), m_dir.path()}, &output)) {
        m_error = m_script + QStringLiteral(" up failed: ") + output;
        return false;
    }
    QFile env(m_dir.path() + QStringLiteral("/lab.env"));
    if (!env.open(QIODevice::ReadOnly)) {
        m_error = m_script + QStringLiteral(" wrote no lab.env");
        return false;
    }
    for (const QByteArray &line : env.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        QByteArray value = line.mid(eq + 1);
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        m_env.insert(QString::fromLatin1(line.left(eq)), QString::fromUtf8(value));
    }
    m_ready = true;
    return true;
}

void NamespaceLab::down()
{
    if (!m_ready)
        return;
    QString output;
    run({QStringLiteral("down"), QString::number(::getpid()), m_dir.path()}, &output);
    m_ready = false;
}

} // namespace mente::test
