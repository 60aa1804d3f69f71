// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace mente::box {

class HttpConnection;

// A response body written as it comes (Server-Sent Events): the head went out without a
// Content-Length, so the body ends when the connection does. A client that stops reading is
// dropped once its backlog passes the cap, so it cannot make the box buffer without end.
// Exempt from the idle timeout; still counted in the port's connection limits.
class HttpStream : public QObject
{
    Q_OBJECT
public:
    HttpStream(HttpConnection &connection, qint64 maxBacklog);

    // False (and nothing written) once the stream is closed or its client was dropped.
    bool write(const QByteArray &bytes);
    bool isOpen() const { return m_open; }
    void close();

Q_SIGNALS:
    void closed();

private:
    friend class HttpConnection;
    void markClosed();

    HttpConnection &m_connection;
    qint64 m_maxBacklog;
    bool m_open = true;
};

} // namespace mente::box
