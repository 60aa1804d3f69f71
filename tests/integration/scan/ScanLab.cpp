// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScanLab.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>

#include <unistd.h>

namespace mente::test {

namespace {
QString labId()
{
    return QString::number(::getpid());
}
// Registered before main() runs the tests.
[[maybe_unused]] ::testing::Environment *const g_lab = ::testing::AddGlobalTestEnvironment(new ScanLab);
} // namespace

bool ScanLab::run(const QStringList &args, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(SCAN_LAB_SCRIPT), args);
    const bool finished = p.waitForFinished(60000);
    *output = QString::fromLocal8Bit(p.readAll());
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

void ScanLab::SetUp()
{
    if (::geteuid() != 0) {
        s_error = QStringLiteral("the scan lab needs root (ip netns)");
        return;
    }
    QString output;
    if (!run({QStringLiteral("up"), labId(), m_dir.path()}, &output)) {
        s_error = QStringLiteral("scan-lab.sh up failed: ") + output;
        return;
    }
    QFile env(m_dir.path() + QStringLiteral("/lab.env"));
    if (!env.open(QIODevice::ReadOnly)) {
        s_error = QStringLiteral("scan-lab.sh wrote no lab.env");
        return;
    }
    for (const QByteArray &line : env.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        QByteArray value = line.mid(eq + 1);
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        s_env.insert(QString::fromLatin1(line.left(eq)), QString::fromUtf8(value));
    }
    s_ready = true;
}

void ScanLab::TearDown()
{
    QString output;
    run({QStringLiteral("down"), labId(), m_dir.path()}, &output);
    s_ready = false;
}

} // namespace mente::test
