// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiTypes.h"

#include "api/ErrorStatus.h"
#include "http/HttpRequest.h"
#include "shared/JsonReader.h"

#include <QJsonDocument>

namespace mente::box {

std::optional<qint64> ApiRequest::id(int n) const
{
    if (n >= params.size())
        return std::nullopt;
    bool ok = false;
    const qint64 value = params.at(n).toLongLong(&ok);
    if (!ok || value <= 0 || params.at(n).startsWith(QLatin1Char('+')))
        return std::nullopt;
    return value;
}

Result<QJsonObject> ApiRequest::json() const
{
    return parseJsonObject(body);
}

QByteArray ApiRequest::header(const QByteArray &name) const
{
    return http.header(name);
}

Result<qint64> queryNumber(const ApiRequest &request, const QString &name, qint64 fallback, qint64 max)
{
    if (!request.query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = request.query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < 0 || value > max)
        return Error::validation(name, QStringLiteral("%1 must be a whole number from 0 to %2.").arg(name).arg(max));
    return value;
}

ApiReply ApiReply::json(const QJsonObject &object, int status)
{
    return ApiReply{status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json", {}};
}

ApiReply ApiReply::json(const QJsonArray &array, int status)
{
    return ApiReply{status, QJsonDocument(array).toJson(QJsonDocument::Compact), "application/json", {}};
}

ApiReply ApiReply::noContent()
{
    return ApiReply{204, {}, {}, {}};
}

ApiReply ApiReply::error(const Error &error)
{
    QJsonObject body{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}};
    if (!error.field.isEmpty())
        body.insert(QStringLiteral("field"), error.field);
    ApiReply reply = json(QJsonObject{{QStringLiteral("error"), body}}, statusFor(error));
    if (reply.status == 401)
        reply.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer realm=\"mente-box\"")));
    return reply;
}

ApiReply ApiReply::notFound(const QString &what)
{
    return error(Error{QStringLiteral("not_found"), QStringLiteral("No such %1.").arg(what), {}});
}

} // namespace mente::box
