// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QDate>
#include <QJsonObject>

namespace mente {

// The maintenance licence (F1 §8): valid for one year from the day it is entered.
struct Licence
{
    QString key;      // normalised XXXX-XXXX-XXXX-XXXX; empty when none is registered
    QDate startDate;
    QDate endDate;
    QDateTime registeredAt;

    bool registered() const { return !key.isEmpty(); }
    bool validOn(const QDate &day) const { return registered() && day >= startDate && day <= endDate; }
    int daysLeft(const QDate &today) const { return registered() ? int(today.daysTo(endDate)) : 0; }

    // Starts a licence on a day: end date one year later, the day before the anniversary.
    static Licence startingOn(const QString &normalisedKey, const QDate &day);

    QJsonObject toJson(const QDate &today) const;
    static Result<Licence> fromJson(const QJsonObject &json);
};

// The body of PUT /license.
Result<QString> licenceKeyFromJson(const QJsonObject &json);

} // namespace mente
