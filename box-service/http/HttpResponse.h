// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpRequest.h"

namespace mente::box {

// An answer with its whole body. The connection adds Content-Length, Date and Connection.
struct HttpResponse
{
    int status = 200;
    HttpHeaders headers;
    QByteArray body;

    static QByteArray reasonPhrase(int status);
    // The status line and headers (with Content-Length unless the status has no body or the
    // body is a stream that ends when the connection does).
    QByteArray head(bool close, bool withLength = true) const;
};

} // namespace mente::box
