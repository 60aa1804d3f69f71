// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/ProcNetTables.h"

#include <QHostAddress>
#include <QList>
#include <QStringList>

#include <arpa/inet.h>

namespace mente::box {

QPair<QString, QString> ProcNetTables::defaultRoute(const QByteArray &routeText)
{
    const QList<QByteArray> lines = routeText.split('\n');
    for (qsizetype n = 1; n < lines.size(); ++n) { // the first line names the columns
        const QStringList cols = QString::fromLatin1(lines.at(n)).split(QLatin1Char('\t'), Qt::SkipEmptyParts);
        if (cols.size() < 8 || cols.at(1) != QLatin1String("00000000")
            || cols.at(7).trimmed() != QLatin1String("00000000"))
            continue;
        bool ok = false;
        const quint32 raw = cols.at(2).toUInt(&ok, 16); // little-endian, as the kernel prints it
        if (!ok || raw == 0)
            continue;
        return {QHostAddress(ntohl(raw)).toString(), cols.at(0).trimmed()};
    }
    return {};
}

bool ProcNetTables::arpResolved(const QByteArray &arpText, const QString &ip)
{
    for (const QByteArray &line : arpText.split('\n')) {
        const QStringList cols = QString::fromLatin1(line).simplified().split(QLatin1Char(' '));
        if (cols.size() >= 3 && cols.at(0) == ip)
            return cols.at(2) == QLatin1String("0x2"); // ATF_COM: resolved
    }
    return false;
}

} // namespace mente::box
