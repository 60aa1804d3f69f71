// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/TimeFormat.h"

#include <QTimeZone>

namespace mente {

QString toIso(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

QJsonValue toIsoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(toIso(time)) : QJsonValue(QJsonValue::Null);
}

QDateTime fromIso(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return {};
    return time.toUTC();
}

} // namespace mente
