// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/SessionBodies.h"

#include "shared/JsonReader.h"
#include "shared/TimeFormat.h"

namespace mente {

namespace {
QString k(const char *name)
{
    return QString::fromLatin1(name);
}

template<typename T> Result<T> done(const JsonReader &r, T value)
{
    if (!r.ok())
        return r.error();
    return value;
}
} // namespace

QJsonObject LoginRequest::toJson() const
{
    return {{k("login"), login}, {k("password"), password}};
}

Result<LoginRequest> LoginRequest::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    LoginRequest l;
    l.login = r.string(k("login"), JsonReader::Required, 64);
    l.password = r.string(k("password"), JsonReader::Required, 256);
    return done(r, l);
}

QJsonObject SessionInfo::toJson() const
{
    QJsonObject o{{k("mustChangePassword"), mustChangePassword}, {k("operator"), op.toJson()}};
    if (!token.isEmpty()) {
        o.insert(k("token"), token);
        o.insert(k("expiresAt"), toIso(expiresAt));
    }
    return o;
}

Result<SessionInfo> SessionInfo::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    SessionInfo s;
    s.token = r.string(k("token"), JsonReader::Optional, 256);
    s.expiresAt = r.time(k("expiresAt"), s.token.isEmpty() ? JsonReader::Optional : JsonReader::Required);
    s.mustChangePassword = r.boolean(k("mustChangePassword"), JsonReader::Required);
    const QJsonObject op = r.object(k("operator"), JsonReader::Required);
    if (!r.ok())
        return r.error();
    auto parsed = Operator::fromJson(op);
    if (!parsed) {
        Error error = parsed.error();
        error.field = error.field.isEmpty() ? k("operator") : k("operator.") + error.field;
        return error;
    }
    s.op = parsed.value();
    return s;
}

QJsonObject PasswordChange::toJson() const
{
    return {{k("current"), current}, {k("new"), next}};
}

Result<PasswordChange> PasswordChange::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    PasswordChange p;
    // JsonReader trims; the password policy allows no spaces, so nothing is lost.
    p.current = r.string(k("current"), JsonReader::Required, 256);
    p.next = r.string(k("new"), JsonReader::Required, 256);
    return done(r, p);
}

QJsonObject HealthInfo::toJson() const
{
    return {{k("status"), status}, {k("version"), version}, {k("serial"), serial}};
}

Result<HealthInfo> HealthInfo::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    HealthInfo h;
    h.status = r.string(k("status"), JsonReader::Required, 16);
    h.version = r.string(k("version"), JsonReader::Required, 64);
    h.serial = r.string(k("serial"), JsonReader::Optional, 64);
    return done(r, h);
}

QJsonObject VpnCredentials::toJson() const
{
    return {{k("hub"), hub}, {k("user"), user}, {k("password"), password}};
}

Result<VpnCredentials> VpnCredentials::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    VpnCredentials v;
    v.hub = r.string(k("hub"), JsonReader::Optional, 256);
    v.user = r.string(k("user"), JsonReader::Optional, 256);
    v.password = r.string(k("password"), JsonReader::Optional, 256);
    return done(r, v);
}

} // namespace mente
