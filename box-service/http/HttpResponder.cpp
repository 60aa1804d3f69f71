// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/HttpResponder.h"

#include "http/HttpConnection.h"

namespace mente::box {

HttpResponder::HttpResponder(HttpConnection *connection, quint64 serial) : m_connection(connection), m_serial(serial) {}

void HttpResponder::send(const HttpResponse &response) const
{
    if (m_connection)
        m_connection->send(m_serial, response);
}

HttpStream *HttpResponder::openStream(const HttpResponse &head) const
{
    return m_connection ? m_connection->openStream(m_serial, head) : nullptr;
}

bool HttpResponder::isOpen() const
{
    return m_connection && m_connection->isHandling(m_serial);
}

} // namespace mente::box
