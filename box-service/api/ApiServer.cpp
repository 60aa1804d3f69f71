// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiServer.h"

#include "api/AuthService.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QTcpSocket>

#include <sodium.h>

Q_LOGGING_CATEGORY(lcApi, "mente.api")

namespace mente::box {

QByteArray methodName(int method)
{
    switch (QHttpServerRequest::Method(method)) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: break;
    }
    return "UNKNOWN";
}

ApiServer::ApiServer(const Router &router, AuthService &auth, int maxBodyBytes, QObject *parent)
    : QAbstractHttpServer(parent), m_router(router), m_auth(auth), m_maxBodyBytes(maxBodyBytes)
{
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    bool streamed = false;
    const ApiReply reply = dispatch(request, socket, streamed);
    if (streamed)
        return true;
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, reply);
    qCDebug(lcApi) << methodName(int(request.method())) << request.url().path() << reply.status;
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, ApiReply::notFound(QStringLiteral("route")));
}

ApiReply ApiServer::dispatch(const QHttpServerRequest &request, QTcpSocket *socket, bool &streamed)
{
    const QByteArray method = methodName(int(request.method()));
    if (request.body().size() > m_maxBodyBytes)
        return ApiReply::error({QStringLiteral("too_large"),
                                QStringLiteral("The request body is larger than %1 bytes.").arg(m_maxBodyBytes), {}});
    const Router::Match match = m_router.match(method, request.url().path());
    if (!match.route) {
        if (match.pathKnown)
            return ApiReply::error({QStringLiteral("method_not_allowed"),
                                    QStringLiteral("%1 is not allowed here.").arg(QString::fromLatin1(method)), {}});
        return ApiReply::notFound(QStringLiteral("route"));
    }
    const Route &route = *match.route;
    ApiRequest apiRequest{request, match.params, request.query(), request.body(),
                          request.remoteAddress().toString(), std::nullopt};

    const QByteArray authorization = apiRequest.header("Authorization");
    const QByteArray bearer = authorization.startsWith("Bearer ") ? authorization.mid(7).trimmed() : QByteArray();
    // The reader token is compared in constant time; it gives no actor, only read access.
    const bool reader = route.access == Access::Reader && !m_readerToken.isEmpty() && bearer.size() == m_readerToken.size()
                        && sodium_memcmp(bearer.constData(), m_readerToken.constData(), size_t(bearer.size())) == 0;
    if (route.access != Access::Public && !reader) {
        const QString token = QString::fromLatin1(bearer);
        auto actor = m_auth.authenticate(token, apiRequest.address);
        if (!actor)
            return ApiReply::error(actor.error());
        if (actor->op.mustChangePassword && route.access != Access::Authenticated)
            return ApiReply::error({QStringLiteral("password_change_required"),
                                    QStringLiteral("Change the default password first: POST /api/v1/session/password."),
                                    {}});
        if (route.access == Access::Admin && !actor->op.admin)
            return ApiReply::error({QStringLiteral("forbidden"), QStringLiteral("Only an administrator may do this."), {}});
        apiRequest.actor = actor.value();
    }
    if (route.stream) {
        streamed = true;
        route.stream(apiRequest, makeResponder(request, socket));
        return {};
    }
    return route.handler(apiRequest);
}

void ApiServer::write(QHttpServerResponder &responder, const ApiReply &reply)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader("Cache-Control", "no-store");
    responder.writeHeader("X-Content-Type-Options", "nosniff");
    for (const auto &[key, value] : reply.headers)
        responder.writeHeader(key, value);
    if (reply.status == 204) {
        responder.writeHeader("Content-Length", "0");
        responder.writeBody(QByteArray());
        return;
    }
    responder.writeHeader("Content-Type", reply.contentType + (reply.contentType.startsWith("text/") ||
                                                                       reply.contentType == "application/json"
                                                                   ? QByteArray("; charset=utf-8")
                                                                   : QByteArray()));
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

} // namespace mente::box
