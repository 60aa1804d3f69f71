// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/MailServer.h"

#include "shared/JsonReader.h"
#include "shared/Validation.h"

#include <QUrl>

#include <cmath>

namespace mente {

namespace {
QString k(const char *name)
{
    return QString::fromLatin1(name);
}

bool hasControl(const QString &text)
{
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control)
            return true;
    return false;
}
} // namespace

QString MailServer::checkSmtpUrl(const QString &text)
{
    if (text.isEmpty())
        return {}; // no server: mails wait in the outbox
    if (text.size() > kMaxUrl)
        return QStringLiteral("The SMTP server URL has at most 2048 characters.");
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || hasControl(text)
        || (url.scheme() != QLatin1String("smtp") && url.scheme() != QLatin1String("smtps")))
        return QStringLiteral("The SMTP server is written like smtp://mail.example.jp:587.");
    if (!url.userInfo().isEmpty()) // a password there would be shown and kept in box.conf
        return QStringLiteral("The SMTP server URL holds no user name or password: use their own fields.");
    return {};
}

QString MailServer::checkSecurity(const QString &security)
{
    if (security != QLatin1String("none") && security != QLatin1String("starttls") && security != QLatin1String("tls"))
        return QStringLiteral("The connection security is none, starttls or tls.");
    return {};
}

QString MailServer::checkFrom(const QString &from)
{
    return validation::checkEmail(from);
}

QString MailServer::checkRepeatMin(double minutes)
{
    if (!std::isfinite(minutes) || minutes < kMinRepeatMin || minutes > kMaxRepeatMin)
        return QStringLiteral("A fault mail repeats every 0.01 to 43200 minutes (30 days).");
    return {};
}

QString MailServer::checkUser(const QString &user)
{
    if (user.size() > kMaxUser || hasControl(user))
        return QStringLiteral("The SMTP user name has at most 255 characters, no control characters.");
    return {};
}

QString MailServer::checkPassword(const QString &password)
{
    if (password.size() > kMaxPassword || hasControl(password))
        return QStringLiteral("The SMTP password has at most 255 characters, no control characters.");
    return {};
}

QJsonObject MailServer::toJson() const
{
    return {{k("smtpUrl"), smtpUrl}, {k("security"), security},   {k("user"), user},
            {k("from"), from},       {k("repeatMin"), repeatMin}, {k("passwordSet"), passwordSet}};
}

Result<MailServer> MailServer::fromJson(const QJsonObject &json)
{
    auto update = MailServerUpdate::fromJson(json);
    if (!update)
        return update.error();
    MailServer server = update->server;
    server.passwordSet = json.value(k("passwordSet")).toBool();
    return server;
}

QJsonObject MailServerUpdate::toJson() const
{
    QJsonObject o = server.toJson();
    o.remove(k("passwordSet"));
    if (password)
        o.insert(k("password"), *password);
    return o;
}

Result<MailServerUpdate> MailServerUpdate::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    MailServerUpdate u;
    MailServer &s = u.server;
    // Read as given (the reader trims, so a URL with spaces around it is still refused below).
    const auto text = [&](const char *key, bool required) -> QString {
        const QJsonValue v = json.value(k(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                r.fail(k(key), QStringLiteral("%1 is required.").arg(k(key)));
            return {};
        }
        if (!v.isString()) {
            r.fail(k(key), QStringLiteral("%1 must be a string.").arg(k(key)));
            return {};
        }
        return v.toString();
    };
    const auto check = [&](const char *key, const QString &message) {
        if (!message.isEmpty())
            r.fail(k(key), message);
    };
    s.smtpUrl = text("smtpUrl", true);
    check("smtpUrl", MailServer::checkSmtpUrl(s.smtpUrl));
    s.security = text("security", true);
    check("security", MailServer::checkSecurity(s.security));
    s.user = text("user", false);
    check("user", MailServer::checkUser(s.user));
    s.from = text("from", true);
    check("from", MailServer::checkFrom(s.from));
    const QJsonValue repeat = json.value(k("repeatMin"));
    if (repeat.isUndefined() || repeat.isNull())
        r.fail(k("repeatMin"), QStringLiteral("repeatMin is required."));
    else if (!repeat.isDouble())
        r.fail(k("repeatMin"), QStringLiteral("repeatMin must be a number of minutes."));
    else
        s.repeatMin = repeat.toDouble();
    check("repeatMin", r.ok() ? MailServer::checkRepeatMin(s.repeatMin) : QString());
    if (json.contains(k("password"))) {
        const QJsonValue v = json.value(k("password"));
        if (v.isNull())
            u.password = QString();
        else if (!v.isString())
            r.fail(k("password"), QStringLiteral("password must be a string."));
        else
            u.password = v.toString();
        if (u.password)
            check("password", MailServer::checkPassword(*u.password));
    }
    if (!r.ok())
        return r.error();
    return u;
}

} // namespace mente
