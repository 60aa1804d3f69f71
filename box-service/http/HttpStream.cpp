// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/HttpStream.h"

#include "http/HttpConnection.h"

namespace mente::box {

HttpStream::HttpStream(HttpConnection &connection, qint64 maxBacklog)
    : QObject(&connection), m_connection(connection), m_maxBacklog(maxBacklog)
{}

bool HttpStream::write(const QByteArray &bytes)
{
    if (!m_open)
        return false;
    if (m_connection.unsentBytes() + bytes.size() > m_maxBacklog) {
        m_connection.abortNow(); // it can reconnect and resume; the box must not hoard its bytes
        return false;
    }
    m_connection.writeRaw(bytes);
    return true;
}

void HttpStream::close()
{
    if (m_open)
        m_connection.closeAfterWrite();
}

void HttpStream::markClosed()
{
    if (!m_open)
        return;
    m_open = false;
    Q_EMIT closed();
}

} // namespace mente::box
