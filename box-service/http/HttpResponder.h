// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpResponse.h"

#include <QPointer>

namespace mente::box {

class HttpConnection;
class HttpStream;

// The handle a handler answers one request through, now or later (it may be copied into a
// callback). Answering after the client went away, or twice, does nothing.
class HttpResponder
{
public:
    HttpResponder(HttpConnection *connection, quint64 serial);

    void send(const HttpResponse &response) const;
    // Status and headers now, the body as it comes (Server-Sent Events). Null when the client
    // is gone. The stream belongs to the connection; hold it in a QPointer.
    HttpStream *openStream(const HttpResponse &head) const;
    bool isOpen() const;

private:
    QPointer<HttpConnection> m_connection;
    quint64 m_serial;
};

} // namespace mente::box
