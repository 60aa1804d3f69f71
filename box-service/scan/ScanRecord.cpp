// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanRecord.h"

#include "shared/TimeFormat.h"

#include <QJsonArray>

namespace mente::box {

int ScanRecord::percent() const
{
    if (state != QStringLiteral("running"))
        return state == QStringLiteral("done") ? 100 : (portsTotal > 0 ? int(qint64(portsDone) * 100 / portsTotal) : 0);
    // Identification may still run once every port is done: not 100 until the scan is.
    return portsTotal > 0 ? qMin(99, int(qint64(portsDone) * 100 / portsTotal)) : 0;
}

QJsonArray ScanRecord::openPortsJson(const QList<Identification> &ports)
{
    QJsonArray list;
    for (const Identification &p : ports)
        list.append(QJsonObject{{QStringLiteral("port"), int(p.port)},
                                {QStringLiteral("protocol"), p.protocol},
                                {QStringLiteral("banner"), p.banner}});
    return list;
}

QList<Identification> ScanRecord::openPortsFromJson(const QJsonArray &array)
{
    QList<Identification> ports;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        Identification id;
        id.port = quint16(o.value(QStringLiteral("port")).toInt());
        id.protocol = o.value(QStringLiteral("protocol")).toString();
        id.banner = o.value(QStringLiteral("banner")).toString();
        ports.append(id);
    }
    return ports;
}

QJsonObject ScanRecord::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("deviceId"), deviceId},
        {QStringLiteral("state"), state},
        {QStringLiteral("ports"), ports},
        {QStringLiteral("portsDone"), portsDone},
        {QStringLiteral("portsTotal"), portsTotal},
        {QStringLiteral("percent"), percent()},
        {QStringLiteral("openPorts"), openPortsJson(openPorts)},
        {QStringLiteral("startedAt"), toIsoOrNull(startedAt)},
        {QStringLiteral("finishedAt"), toIsoOrNull(finishedAt)},
    };
    if (!method.isEmpty())
        o.insert(QStringLiteral("method"), method);
    if (openPortsOmitted > 0)
        o.insert(QStringLiteral("openPortsOmitted"), openPortsOmitted);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

} // namespace mente::box
