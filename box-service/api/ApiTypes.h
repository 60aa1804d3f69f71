// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kernel/Actor.h"
#include "shared/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace mente::box {

struct HttpRequest;

// What a route handler sees: the caller (already authenticated and role-checked), the path's
// {parameters}, the query and the body.
struct ApiRequest
{
    const HttpRequest &http;
    QStringList params; // values of the pattern's {…} segments, in order
    QUrlQuery query;
    QByteArray body;
    QString address;
    std::optional<Actor> actor; // set on every route but the public ones

    // The n-th path parameter as a positive id; nullopt when it is not one.
    std::optional<qint64> id(int n = 0) const;
    // The body as a JSON object, or an error naming what is wrong.
    Result<QJsonObject> json() const;
    QByteArray header(const QByteArray &name) const;
};

// What a route handler answers. Errors map to a status code in one place (statusFor).
struct ApiReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiReply json(const QJsonObject &object, int status = 200);
    static ApiReply json(const QJsonArray &array, int status = 200);
    static ApiReply noContent();
    static ApiReply error(const Error &error);
    static ApiReply notFound(const QString &what);
    template<typename T>
    static ApiReply from(const Result<T> &result, int status = 200)
    {
        return result ? json(result->toJson(), status) : error(result.error());
    }
};

int statusFor(const Error &error);

// A non-negative whole number from the query string (fallback when absent); errors name it.
Result<qint64> queryNumber(const ApiRequest &request, const QString &name, qint64 fallback, qint64 max);

} // namespace mente::box
