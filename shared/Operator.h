// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace mente {

// A support-staff account of one box (F2). The password never leaves the box.
struct Operator
{
    qint64 id = 0;
    QString group;
    bool admin = false;
    QString name;
    QString email;
    bool receivesFaultMail = false;
    QString phone;
    QString login;
    bool enabled = true;
    QString language = QStringLiteral("ja");
    bool mustChangePassword = false;
    QDateTime createdAt;
    QDateTime removedAt; // invalid while the operator exists

    bool removed() const { return removedAt.isValid(); }
    QJsonObject toJson() const;
    static Result<Operator> fromJson(const QJsonObject &json);
};

// What a POST (all required fields) or a PUT (any of them) says about an operator.
struct OperatorDraft
{
    enum class Mode { Create, Update };

    std::optional<QString> group;
    std::optional<bool> admin;
    std::optional<QString> name;
    std::optional<QString> email;
    std::optional<bool> receivesFaultMail;
    std::optional<QString> phone;
    std::optional<QString> login;
    std::optional<QString> password;
    std::optional<bool> enabled;
    std::optional<QString> language;

    static Result<OperatorDraft> fromJson(const QJsonObject &json, Mode mode);
    QJsonObject toJson() const; // for the console; includes the password when set
    void applyTo(Operator &op) const; // everything but the password
};

} // namespace mente
