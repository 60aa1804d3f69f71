// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace mente::box {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One parsed HTTP/1.x request as the HTTP layer hands it to a handler: the head checked
// strictly (HttpParser), the body read whole and within its limit.
struct HttpRequest
{
    QByteArray method;    // as sent, a token ("GET", "POST", ...)
    QByteArray target;    // the request-target as sent ("/api/v1/x?y=1")
    QString path;         // the target's path, as QUrl::path() gives it
    QUrlQuery query;      // the target's query
    int minorVersion = 1; // HTTP/1.<minorVersion>
    HttpHeaders headers;  // names as sent, values without surrounding white space
    QByteArray body;      // decoded (chunked bodies are joined)
    QHostAddress remoteAddress;
    QHostAddress localAddress;
    quint16 localPort = 0;

    // The first header of that name (case-insensitive), or empty.
    QByteArray header(const QByteArray &name) const;
    int headerCount(const QByteArray &name) const;
    // Whether the client wants the connection kept after the answer (HTTP/1.1 default yes,
    // HTTP/1.0 default no; the Connection header's tokens decide).
    bool keepAlive() const;
    // Whether a comma-separated header lists this token (case-insensitive).
    bool headerHasToken(const QByteArray &name, const QByteArray &token) const;
};

} // namespace mente::box
