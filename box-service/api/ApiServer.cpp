// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiServer.h"

#include "api/AuthService.h"
#include "http/HttpRequest.h"
#include "http/HttpResponder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <sodium.h>

Q_LOGGING_CATEGORY(lcApi, "mente.api")

namespace mente::box {

ApiServer::ApiServer(const Router &router, AuthService &auth, int maxBodyBytes, QObject *parent)
    : QObject(parent), m_router(router), m_auth(auth), m_maxBodyBytes(maxBodyBytes)
{}

void ApiServer::handle(const HttpRequest &request, const HttpResponder &responder)
{
    bool streamed = false;
    const ApiReply reply = dispatch(request, responder, streamed);
    if (streamed)
        return;
    responder.send(toHttp(reply));
    qCDebug(lcApi) << request.method << request.path << reply.status;
}

ApiReply ApiServer::dispatch(const HttpRequest &request, const HttpResponder &responder, bool &streamed)
{
    // HEAD is GET without the body (the HTTP layer leaves the body out).
    const QByteArray method = request.method == "HEAD" ? QByteArray("GET") : request.method;
    if (request.body.size() > m_maxBodyBytes)
        return ApiReply::error({QStringLiteral("too_large"),
                                QStringLiteral("The request body is larger than %1 bytes.").arg(m_maxBodyBytes),
                                {}});
    const Router::Match match = m_router.match(method, request.path);
    if (!match.route) {
        if (match.pathKnown)
            return ApiReply::error({QStringLiteral("method_not_allowed"),
                                    QStringLiteral("%1 is not allowed here.").arg(QString::fromLatin1(method)),
                                    {}});
        return ApiReply::notFound(QStringLiteral("route"));
    }
    const Route &route = *match.route;
    ApiRequest apiRequest{request,     match.params, request.query, request.body, request.remoteAddress.toString(),
                          std::nullopt};

    const QByteArray authorization = apiRequest.header("Authorization");
    const QByteArray bearer = authorization.startsWith("Bearer ") ? authorization.mid(7).trimmed() : QByteArray();
    // The reader token is compared in constant time; it gives no actor, only read access.
    const bool reader = route.access == Access::Reader && !m_readerToken.isEmpty()
                        && bearer.size() == m_readerToken.size()
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
            return ApiReply::error(
                {QStringLiteral("forbidden"), QStringLiteral("Only an administrator may do this."), {}});
        apiRequest.actor = actor.value();
    }
    if (route.stream) {
        streamed = true;
        route.stream(apiRequest, responder);
        return {};
    }
    return route.handler(apiRequest);
}

HttpResponse ApiServer::toHttp(const ApiReply &reply)
{
    HttpResponse out;
    out.status = reply.status;
    out.headers = {{"Cache-Control", "no-store"}, {"X-Content-Type-Options", "nosniff"}};
    out.headers += reply.headers;
    if (reply.status == 204)
        return out;
    const bool text = reply.contentType.startsWith("text/") || reply.contentType == "application/json";
    out.headers.append(qMakePair(QByteArray("Content-Type"),
                                 reply.contentType + (text ? QByteArray("; charset=utf-8") : QByteArray())));
    out.body = reply.body;
    return out;
}

HttpResponse ApiServer::errorReply(int status, const QByteArray &message)
{
    QString code;
    switch (status) {
    case 408: code = QStringLiteral("timeout"); break;
    case 413: code = QStringLiteral("too_large"); break;
    case 417: code = QStringLiteral("expectation_failed"); break;
    case 431: code = QStringLiteral("header_too_large"); break;
    case 501: code = QStringLiteral("not_implemented"); break;
    case 505: code = QStringLiteral("http_version"); break;
    default: code = QStringLiteral("bad_request"); break;
    }
    const QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), QString::fromUtf8(message)}};
    ApiReply reply{status,
                   QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact),
                   "application/json",
                   {}};
    return toHttp(reply);
}

} // namespace mente::box
