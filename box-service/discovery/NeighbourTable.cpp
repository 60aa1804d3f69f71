// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/NeighbourTable.h"

#include <QFile>
#include <QHostAddress>

namespace mente::box {

QList<NeighbourTable::Entry> NeighbourTable::parse(const QByteArray &text)
{
    // IP address       HW type     Flags       HW address            Mask     Device
    // 192.168.1.1      0x1         0x2         aa:bb:cc:dd:ee:ff     *        eth0
    QList<Entry> entries;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 1; i < lines.size() && entries.size() < 65536; ++i) {
        const QList<QByteArray> f = lines.at(i).simplified().split(' ');
        if (f.size() < 6)
            continue;
        bool ok = false;
        const uint flags = f.at(2).toUInt(&ok, 16);
        if (!ok || !(flags & 0x2)) // ATF_COM: the MAC is known
            continue;
        const QHostAddress ip(QString::fromLatin1(f.at(0)));
        if (ip.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        const QString mac = QString::fromLatin1(f.at(3)).toLower();
        if (mac.size() != 17 || mac == QStringLiteral("00:00:00:00:00:00"))
            continue;
        entries.append({ip.toString(), mac, QString::fromLatin1(f.at(5).left(32))});
    }
    return entries;
}

QList<NeighbourTable::Entry> NeighbourTable::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parse(file.read(4 * 1024 * 1024));
}

} // namespace mente::box
