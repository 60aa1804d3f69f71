// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/EventStream.h"

namespace mente::box {

EventStream::EventStream(qint64 after, Writer write, QObject *parent)
    : QObject(parent), m_write(std::move(write)), m_last(after)
{}

bool EventStream::send(const QByteArray &bytes, qint64 last)
{
    if (m_ended)
        return false;
    if (!bytes.isEmpty() && !m_write(bytes)) {
        end();
        return false;
    }
    m_last = last;
    return true;
}

void EventStream::keepAlive()
{
    if (!m_ended && !m_write(QByteArrayLiteral(": keep-alive\n\n")))
        end();
}

void EventStream::end()
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT closed();
    deleteLater();
}

} // namespace mente::box
