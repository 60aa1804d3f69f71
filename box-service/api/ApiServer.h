// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Router.h"

#include <QAbstractHttpServer>

namespace mente::box {

class AuthService;

// The HTTPS API: every request goes through one pipeline before its handler:
// size cap (413) → route lookup (404/405) → bearer token (401) → forced password change (428)
// → role (403) → handler → reply with security headers. Bad input never reaches a 500.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    ApiServer(const Router &router, AuthService &auth, int maxBodyBytes, QObject *parent = nullptr);
    // The read-only token that Access::Reader routes accept besides a session ("" = none).
    void setReaderToken(const QByteArray &token) { m_readerToken = token; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiReply dispatch(const QHttpServerRequest &request, QTcpSocket *socket, bool &streamed);
    static void write(QHttpServerResponder &responder, const ApiReply &reply);

    const Router &m_router;
    AuthService &m_auth;
    int m_maxBodyBytes;
    QByteArray m_readerToken;
};

QByteArray methodName(int method);

} // namespace mente::box
