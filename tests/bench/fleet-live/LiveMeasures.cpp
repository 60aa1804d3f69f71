// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveMeasures.h"

#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <unistd.h>

namespace mente::bench {

namespace {
QByteArray procFile(qint64 pid, const char *name)
{
    QFile f(pid == 0 ? QStringLiteral("/proc/self/%1").arg(QLatin1String(name))
                     : QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

CpuSample cpuNow(qint64 pid)
{
    CpuSample s;
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    s.wallS = double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
    // After the command's closing parenthesis: state is field 3, utime 14 and stime 15.
    const QByteArray stat = procFile(pid, "stat");
    const QList<QByteArray> f = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (f.size() > 12)
        s.cpuS = double(f.at(11).toLongLong() + f.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
    return s;
}

double cpuPercent(const CpuSample &from, const CpuSample &to)
{
    return to.wallS > from.wallS ? 100.0 * (to.cpuS - from.cpuS) / (to.wallS - from.wallS) : 0;
}

double residentMb(qint64 pid)
{
    for (const QByteArray &line : procFile(pid, "status").split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    const QList<QByteArray> f = file.open(QIODevice::ReadOnly) ? file.readAll().split(' ') : QList<QByteArray>();
    return f.size() >= 3 ? QString::fromLatin1(f.at(0) + ' ' + f.at(1) + ' ' + f.at(2)) : QStringLiteral("?");
}

void waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

Spread spreadOf(QList<double> values)
{
    Spread s;
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    const auto at = [&values](double q) {
        return values.at(std::min(values.size() - 1, qsizetype(q * values.size())));
    };
    s.p50 = at(0.50);
    s.p99 = at(0.99);
    s.max = values.constLast();
    return s;
}

ReconnectFigures reconnectFigures(const QString &attemptsLine)
{
    ReconnectFigures r;
    QMap<qint64, int> perSecond;
    const QStringList w = attemptsLine.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const qint64 downMs = w.value(1).toLongLong();
    for (qsizetype i = 2; i < w.size(); ++i) {
        const qint64 ms = w.at(i).toLongLong();
        ++perSecond[ms / 1000];
        (downMs < 0 || ms < downMs ? r.whileDown : r.afterRestore)++;
    }
    for (auto it = perSecond.cbegin(); it != perSecond.cend(); ++it) {
        int &peak = downMs < 0 || it.key() * 1000 < downMs ? r.peakDown : r.peakAfter;
        peak = std::max(peak, it.value());
        r.perSecond += QStringLiteral("%1:%2 ").arg(it.key()).arg(it.value());
    }
    r.perSecond = r.perSecond.trimmed();
    return r;
}

} // namespace mente::bench
