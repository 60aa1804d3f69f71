// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace mente {

// One entry of a customer's inquiry log (F11): who called about what, and where it stands.
struct Inquiry
{
    qint64 id = 0;
    QDate date;
    QString operatorName; // who took it
    QString channel;      // phone, mail, visit, remote, other
    QString subject;
    QString text;
    QString status = QStringLiteral("open"); // open, in_progress, closed
    QDateTime createdAt;
    QDateTime updatedAt;

    static QStringList channels();
    static QStringList statuses();

    QJsonObject toJson() const;
    static Result<Inquiry> fromJson(const QJsonObject &json);
};

// What a POST (subject and channel required) or PUT (any field) says about an inquiry.
struct InquiryDraft
{
    enum class Mode { Create, Update };

    std::optional<QDate> date;
    std::optional<QString> operatorName;
    std::optional<QString> channel;
    std::optional<QString> subject;
    std::optional<QString> text;
    std::optional<QString> status;

    static Result<InquiryDraft> fromJson(const QJsonObject &json, Mode mode);
    QJsonObject toJson() const;
    void applyTo(Inquiry &inquiry) const;
};

} // namespace mente
