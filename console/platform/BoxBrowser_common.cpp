// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/BoxBrowser.h"

namespace mente::console {

FoundBox BoxBrowser::fromTxt(const QString &name, const QString &host, const QString &address, quint16 port,
                             const QList<QByteArray> &txt)
{
    FoundBox box{name, {}, {}, host, address, port};
    for (const QByteArray &entry : txt) {
        if (entry.startsWith("serial="))
            box.serial = QString::fromUtf8(entry.mid(7));
        else if (entry.startsWith("fp="))
            box.fingerprint = QString::fromUtf8(entry.mid(3));
    }
    return box;
}

QList<FoundBox> BoxBrowser::boxes() const
{
    return m_boxes;
}

void BoxBrowser::add(const FoundBox &box)
{
    remove(box.name);
    m_boxes.append(box);
    emit found(box);
}

void BoxBrowser::remove(const QString &name)
{
    for (qsizetype i = 0; i < m_boxes.size(); ++i) {
        if (m_boxes.at(i).name == name) {
            m_boxes.removeAt(i);
            emit lost(name);
            return;
        }
    }
}

} // namespace mente::console
