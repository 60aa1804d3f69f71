// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace mente::bench {

// What the bench reads from /proc and how it sums figures up.
struct CpuSample
{
    double cpuS = 0;  // user + system time of the process (all its threads)
    double wallS = 0; // monotonic clock
};

CpuSample cpuNow(qint64 pid);                                  // 0: this process
double cpuPercent(const CpuSample &from, const CpuSample &to); // of one core
double residentMb(qint64 pid);                                 // 0: this process
QString loadAverage();                                         // "1.23 0.98 0.75"
void waitMs(int ms);                                           // in the event loop, without spinning

struct Spread
{
    double p50 = 0;
    double p99 = 0;
    double max = 0;
};
Spread spreadOf(QList<double> values);

// The generator's "attempts RESTORED MS MS ..." line summed up: attempts while down (before the
// restore, RESTORED ms after the drop) and after it, and the most in any one second of each.
struct ReconnectFigures
{
    int whileDown = 0;
    int peakDown = 0;
    int afterRestore = 0;
    int peakAfter = 0;
    QString perSecond; // "s0:n s1:n ..." for every second with an attempt
};
ReconnectFigures reconnectFigures(const QString &attemptsLine);

} // namespace mente::bench
