// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/ScanRecord.h"

#include "shared/JsonList.h"
#include "shared/JsonReader.h"
#include "shared/TimeFormat.h"

#include <limits>

namespace mente {

namespace {
constexpr qint64 kMaxId = std::numeric_limits<qint64>::max() / 2;
constexpr int kMaxPorts = 65535;
} // namespace

QJsonObject ScanOpenPort::toJson() const
{
    return {{QStringLiteral("port"), int(port)},
            {QStringLiteral("protocol"), protocol},
            {QStringLiteral("banner"), banner}};
}

Result<ScanOpenPort> ScanOpenPort::fromJson(const QJsonObject &json, const QString &prefix)
{
    JsonReader r(json, prefix);
    ScanOpenPort p;
    p.port = quint16(r.integer(QStringLiteral("port"), JsonReader::Required, 1, kMaxPorts));
    p.protocol = r.string(QStringLiteral("protocol"), JsonReader::Optional, 32);
    p.banner = r.string(QStringLiteral("banner"), JsonReader::Optional, 4096);
    if (!r.ok())
        return r.error();
    return p;
}

int ScanRecord::percent() const
{
    if (state != QStringLiteral("running"))
        return state == QStringLiteral("done") ? 100 : (portsTotal > 0 ? int(qint64(portsDone) * 100 / portsTotal) : 0);
    // Identification may still run once every port is done: not 100 until the scan is.
    return portsTotal > 0 ? qMin(99, int(qint64(portsDone) * 100 / portsTotal)) : 0;
}

QJsonArray ScanRecord::openPortsJson(const QList<ScanOpenPort> &ports)
{
    return toJsonArray(ports);
}

QList<ScanOpenPort> ScanRecord::openPortsFromJson(const QJsonArray &array)
{
    QList<ScanOpenPort> ports;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        ScanOpenPort p;
        p.port = quint16(o.value(QStringLiteral("port")).toInt());
        p.protocol = o.value(QStringLiteral("protocol")).toString();
        p.banner = o.value(QStringLiteral("banner")).toString();
        ports.append(p);
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

Result<ScanRecord> ScanRecord::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    ScanRecord s;
    s.id = r.integer(QStringLiteral("id"), JsonReader::Required, 1, kMaxId);
    s.deviceId = r.integer(QStringLiteral("deviceId"), JsonReader::Required, 1, kMaxId);
    s.state = r.string(QStringLiteral("state"), JsonReader::Required, 16);
    if (r.ok() && s.state != QLatin1String("running") && s.state != QLatin1String("done")
        && s.state != QLatin1String("failed"))
        r.fail(QStringLiteral("state"), QStringLiteral("state must be \"running\", \"done\" or \"failed\"."));
    s.ports = r.string(QStringLiteral("ports"), JsonReader::Optional, 1000);
    s.portsTotal = int(r.integer(QStringLiteral("portsTotal"), JsonReader::Required, 0, kMaxPorts));
    s.portsDone = int(r.integer(QStringLiteral("portsDone"), JsonReader::Required, 0, kMaxPorts));
    if (r.ok() && s.portsDone > s.portsTotal)
        r.fail(QStringLiteral("portsDone"), QStringLiteral("portsDone must not exceed portsTotal."));
    r.integer(QStringLiteral("percent"), JsonReader::Optional, 0, 100); // derived: checked, then recomputed
    s.openPortsOmitted = int(r.integer(QStringLiteral("openPortsOmitted"), JsonReader::Optional, 0, kMaxPorts));
    s.method = r.string(QStringLiteral("method"), JsonReader::Optional, 16);
    s.error = r.string(QStringLiteral("error"), JsonReader::Optional, 1000);
    s.startedAt = r.time(QStringLiteral("startedAt"), JsonReader::Optional);
    s.finishedAt = r.time(QStringLiteral("finishedAt"), JsonReader::Optional);
    if (!r.ok())
        return r.error();
    auto open = readObjectList<ScanOpenPort>(json, QStringLiteral("openPorts"));
    if (!open)
        return open.error();
    s.openPorts = open.value();
    return s;
}

QJsonObject ScanRequest::toJson() const
{
    return ports.isEmpty() ? QJsonObject{} : QJsonObject{{QStringLiteral("ports"), ports}};
}

Result<ScanRequest> ScanRequest::fromJson(const QJsonObject &json)
{
    if (json.contains(QStringLiteral("ports")) && !json.value(QStringLiteral("ports")).isString())
        return Error::validation(QStringLiteral("ports"),
                                 QStringLiteral("The port list is a text like \"1-1000,3389\"."));
    JsonReader r(json);
    ScanRequest s;
    s.ports = r.string(QStringLiteral("ports"), JsonReader::Optional, 100000);
    if (!r.ok())
        return r.error();
    return s;
}

QJsonObject ScanStarted::toJson() const
{
    return {{QStringLiteral("scanId"), scanId}};
}

Result<ScanStarted> ScanStarted::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    ScanStarted s;
    s.scanId = r.integer(QStringLiteral("scanId"), JsonReader::Required, 1, kMaxId);
    if (!r.ok())
        return r.error();
    return s;
}

} // namespace mente
