// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace mente {

// The box's SMTP settings an administrator changes (GET/PUT /api/v1/box/mail, the setup page's
// "/mail"): box.conf's [mail] smtp_url, security, user, from, repeat_min. The password is
// write-only: answers say only whether one is stored (passwordSet).
struct MailServer
{
    QString smtpUrl;                           // smtp://host:port or smtps://host:port; "" = none
    QString security = QStringLiteral("none"); // none, starttls, tls
    QString user;                              // "" = no AUTH
    QString from;
    double repeatMin = 60; // how often a lasting fault is mailed again
    bool passwordSet = false;

    static constexpr double kMinRepeatMin = 0.01;
    static constexpr double kMaxRepeatMin = 60 * 24 * 30;
    static constexpr int kMaxUrl = 2048;
    static constexpr int kMaxUser = 255;
    static constexpr int kMaxPassword = 255;

    // Each check: "" when the value is right, else an English sentence (no field name in it).
    // box.conf's reader (app/BoxConfig) and the API share them.
    static QString checkSmtpUrl(const QString &url);
    static QString checkSecurity(const QString &security);
    static QString checkFrom(const QString &from);
    static QString checkRepeatMin(double minutes);
    static QString checkUser(const QString &user);
    static QString checkPassword(const QString &password);

    QJsonObject toJson() const;
    static Result<MailServer> fromJson(const QJsonObject &json); // as the box answers
};

// A PUT body: every field of MailServer (passwordSet aside) and an optional write-only password.
struct MailServerUpdate
{
    MailServer server;
    // Absent: keep the stored password; "": clear it; else the new password (never trimmed).
    std::optional<QString> password;

    QJsonObject toJson() const;
    // The first bad field is the error, named by its wire name ("smtpUrl", "repeatMin", ...).
    static Result<MailServerUpdate> fromJson(const QJsonObject &json);
};

} // namespace mente
