// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QDateTime>
#include <QJsonObject>

namespace mente {

// Which kinds of fault are mailed (F4); all off by default, as in the seed.
struct FaultMailSwitches
{
    bool vpn = false;
    bool box = false;
    bool device = false;
};

// The customer a box belongs to: its registration data (F1 §7) and mail settings (F4).
struct Customer
{
    QString company;
    QString companyKana;
    QString contactFamily;
    QString contactFamilyKana;
    QString contactGiven;
    QString contactGivenKana;
    QString postalCode;
    QString prefecture;
    QString address1;
    QString address1Kana;
    QString address2;
    QString address2Kana;
    QString email;
    QString phone;
    QString subdomain;
    int reportDay = 31; // 31 means the last day of the month
    QString remark;
    QString language = QStringLiteral("ja");
    bool mailOnFault = false;
    FaultMailSwitches notify;
    QDateTime registeredAt; // invalid until the first successful registration

    bool registered() const { return registeredAt.isValid(); }
    QJsonObject toJson() const;
    // Validates every field; registeredAt is read when present (the console reads it back).
    static Result<Customer> fromJson(const QJsonObject &json);
    // The box's answer to GET /customer, read leniently: before the first registration its fields are
    // empty, so nothing is required; a field of the wrong type or too long is still named.
    static Result<Customer> fromAnswer(const QJsonObject &json);
};

} // namespace mente
