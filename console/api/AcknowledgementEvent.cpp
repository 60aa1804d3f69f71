// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/AcknowledgementEvent.h"

#include "shared/JsonReader.h"

#include <QJsonArray>

namespace mente::console {

namespace {
Result<QList<qint64>> ids(const QJsonObject &detail, const QString &key)
{
    QList<qint64> list;
    const QJsonArray array = detail.value(key).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isDouble() || array.at(i).toInteger() <= 0)
            return Error::validation(QStringLiteral("detail.%1[%2]").arg(key).arg(i),
                                     QStringLiteral("must be a positive id"));
        list.append(array.at(i).toInteger());
    }
    return list;
}
} // namespace

std::optional<Result<AcknowledgementEvent>> AcknowledgementEvent::fromEvent(const Event &event)
{
    if (event.kind != QLatin1String("ack"))
        return std::nullopt;
    JsonReader in(event.detail, QStringLiteral("detail"));
    const QString target = in.string(QStringLiteral("target"), JsonReader::Required, 16);
    AcknowledgementEvent a;
    a.acknowledged = in.boolean(QStringLiteral("acknowledged"), JsonReader::Required);
    if (!in.ok())
        return Result<AcknowledgementEvent>(in.error());
    if (target == QLatin1String("device")) {
        a.devices = {event.id};
    } else if (target == QLatin1String("port")) {
        a.ports = {event.id};
    } else if (target == QLatin1String("box")) {
        auto devices = ids(event.detail, QStringLiteral("devices"));
        auto ports = ids(event.detail, QStringLiteral("ports"));
        if (!devices || !ports)
            return Result<AcknowledgementEvent>(!devices ? devices.error() : ports.error());
        a.devices = devices.value();
        a.ports = ports.value();
    } else {
        return Result<AcknowledgementEvent>(
            Error::validation(QStringLiteral("detail.target"), QStringLiteral("must be device, port or box")));
    }
    return Result<AcknowledgementEvent>(a);
}

} // namespace mente::console
