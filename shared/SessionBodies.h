// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Operator.h"
#include "shared/Result.h"

#include <QDateTime>
#include <QJsonObject>

namespace mente {

// POST /session {"login","password"}. The password is never logged nor echoed.
struct LoginRequest
{
    QString login;
    QString password;

    QJsonObject toJson() const;
    static Result<LoginRequest> fromJson(const QJsonObject &json);
};

// The answer to POST /session (with token and expiry) and GET /session (without them).
struct SessionInfo
{
    QString token; // only in the answer to the login
    QDateTime expiresAt;
    bool mustChangePassword = false;
    Operator op; // "operator" on the wire

    QJsonObject toJson() const;
    static Result<SessionInfo> fromJson(const QJsonObject &json);
};

// POST /session/password {"current","new"}; the box checks the password policy.
struct PasswordChange
{
    QString current;
    QString next; // "new" on the wire

    QJsonObject toJson() const;
    static Result<PasswordChange> fromJson(const QJsonObject &json);
};

// GET /health {"status","version","serial"}: the one answer without a token.
struct HealthInfo
{
    QString status; // "ok"
    QString version;
    QString serial;

    QJsonObject toJson() const;
    static Result<HealthInfo> fromJson(const QJsonObject &json);
};

// GET /box/vpn-password {"hub","user","password"}: shown only on request, audited.
struct VpnCredentials
{
    QString hub;
    QString user;
    QString password;

    QJsonObject toJson() const;
    static Result<VpnCredentials> fromJson(const QJsonObject &json);
};

} // namespace mente
