// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Router.h"
#include "http/HttpResponse.h"

#include <QObject>

namespace mente::box {

class AuthService;
struct HttpRequest;

// The HTTPS API: every request goes through one pipeline before its handler:
// size cap (413) → route lookup (404/405) → bearer token (401) → forced password change (428)
// → role (403) → handler → reply with security headers. Bad input never reaches a 500.
// The HTTP layer (http/HttpListener) hands it whole, checked requests.
class ApiServer : public QObject
{
    Q_OBJECT
public:
    ApiServer(const Router &router, AuthService &auth, int maxBodyBytes, QObject *parent = nullptr);
    // The read-only token that Access::Reader routes accept besides a session ("" = none).
    void setReaderToken(const QByteArray &token) { m_readerToken = token; }

    void handle(const HttpRequest &request, const HttpResponder &responder);
    // The JSON error answer for a request the HTTP layer refuses (bad framing, 413, timeouts).
    static HttpResponse errorReply(int status, const QByteArray &message);
    static HttpResponse toHttp(const ApiReply &reply);

private:
    ApiReply dispatch(const HttpRequest &request, const HttpResponder &responder, bool &streamed);

    const Router &m_router;
    AuthService &m_auth;
    int m_maxBodyBytes;
    QByteArray m_readerToken;
};

} // namespace mente::box
