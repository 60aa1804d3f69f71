// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/SseParser.h"

namespace mente::console {

QList<SseMessage> SseParser::feed(const QByteArray &bytes)
{
    QList<SseMessage> out;
    for (const char c : bytes) {
        if (failed())
            break;
        if (m_skipLf) {
            m_skipLf = false;
            if (c == '\n')
                continue;
        }
        if (c == '\r' || c == '\n') {
            m_skipLf = c == '\r';
            line(m_buffer, out);
            m_buffer.clear();
            continue;
        }
        if (m_buffer.size() >= m_limits.maxLine) {
            fail(QStringLiteral("a line longer than %1 bytes").arg(m_limits.maxLine));
            break;
        }
        m_buffer.append(c);
    }
    return out;
}

void SseParser::fail(const QString &why)
{
    m_failure = why;
    m_buffer.clear();
    m_buffer.squeeze();
    m_data.clear();
    m_data.squeeze();
    m_event.clear();
    m_dataSeen = false;
    m_idInMessage = false;
}

void SseParser::line(const QByteArray &text, QList<SseMessage> &out)
{
    if (text.isEmpty()) { // dispatch
        if (m_dataSeen) {
            SseMessage m;
            if (!m_event.isEmpty())
                m.event = m_event;
            m.data = m_data;
            if (m.data.endsWith('\n'))
                m.data.chop(1);
            m.id = m_lastId;
            m.hasId = m_idInMessage;
            out.append(m);
        }
        m_data.clear();
        m_event.clear();
        m_dataSeen = false;
        m_idInMessage = false;
        return;
    }
    if (text.startsWith(':')) {
        ++m_comments;
        return;
    }
    const qsizetype colon = text.indexOf(':');
    QByteArray field = colon < 0 ? text : text.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : text.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "data") {
        // The message is the data lines joined by newlines: the newline after the last is not its.
        if (m_data.size() + value.size() > m_limits.maxMessage) {
            fail(QStringLiteral("a message longer than %1 bytes").arg(m_limits.maxMessage));
            return;
        }
        m_data.append(value).append('\n');
        m_dataSeen = true;
    } else if (field == "event") {
        m_event = QString::fromUtf8(value);
    } else if (field == "id") {
        if (!value.contains('\0')) {
            m_lastId = value;
            m_idInMessage = true;
        }
    }
}

} // namespace mente::console
