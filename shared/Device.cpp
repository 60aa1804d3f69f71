// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/Device.h"

#include "shared/JsonReader.h"
#include "shared/Protocol.h"
#include "shared/TimeFormat.h"
#include "shared/Validation.h"

#include <QJsonArray>
#include <QUrl>

namespace mente {

namespace {
HealthState stateField(JsonReader &r, const QString &key)
{
    const QString text = r.string(key, JsonReader::Optional, 16);
    const auto state = text.isEmpty() ? std::optional(HealthState::Unknown) : healthStateFromWire(text);
    if (!state)
        r.fail(key, QStringLiteral("%1 is not a state (ok, fault, unknown, scanning).").arg(key));
    return state.value_or(HealthState::Unknown);
}

QString checkUrl(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return QStringLiteral("Not a URL: write it like https://192.168.1.10/.");
    return {};
}
} // namespace

QJsonObject Port::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("deviceId"), deviceId},
        {QStringLiteral("port"), port},
        {QStringLiteral("protocol"), protocol},
        {QStringLiteral("monitor"), monitor},
        {QStringLiteral("state"), toWire(state)},
        {QStringLiteral("banner"), banner},
        {QStringLiteral("manual"), manual},
    };
    monitorInfo.writeJson(json);
    return json;
}

Result<Port> Port::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Port p;
    p.id = r.integer(QStringLiteral("id"), JsonReader::Required, 1, std::numeric_limits<qint64>::max() / 2);
    p.deviceId = r.integer(QStringLiteral("deviceId"), JsonReader::Optional, 0, std::numeric_limits<qint64>::max() / 2);
    p.port = int(r.integer(QStringLiteral("port"), JsonReader::Required, 1, 65535));
    p.protocol = r.string(QStringLiteral("protocol"), JsonReader::Optional, 32);
    p.monitor = r.boolean(QStringLiteral("monitor"), JsonReader::Optional);
    p.state = stateField(r, QStringLiteral("state"));
    p.banner = r.string(QStringLiteral("banner"), JsonReader::Optional, 1024);
    p.manual = r.boolean(QStringLiteral("manual"), JsonReader::Optional);
    p.monitorInfo.readJson(r, json);
    if (!r.ok())
        return r.error();
    return p;
}

QJsonObject Device::toJson() const
{
    QJsonArray portArray;
    for (const Port &p : ports)
        portArray.append(p.toJson());
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("ip"), ip},
        {QStringLiteral("mac"), mac},
        {QStringLiteral("hostname"), hostname},
        {QStringLiteral("vendor"), vendor},
        {QStringLiteral("name"), name},
        {QStringLiteral("memo"), memo},
        {QStringLiteral("monitor"), monitor},
        {QStringLiteral("state"), toWire(state)},
        {QStringLiteral("accessUrl"), accessUrl},
        {QStringLiteral("accessUser"), accessUser},
        {QStringLiteral("reportUrl"), reportUrl},
        {QStringLiteral("reportUser"), reportUser},
        {QStringLiteral("firstSeen"), toIsoOrNull(firstSeen)},
        {QStringLiteral("lastSeen"), toIsoOrNull(lastSeen)},
        {QStringLiteral("gone"), gone},
        {QStringLiteral("new"), isNew},
        {QStringLiteral("ports"), portArray},
    };
    monitorInfo.writeJson(json);
    return json;
}

Result<Device> Device::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    Device d;
    d.id = r.integer(QStringLiteral("id"), JsonReader::Required, 1, std::numeric_limits<qint64>::max() / 2);
    d.ip = r.string(QStringLiteral("ip"), JsonReader::Required, 64);
    d.mac = r.string(QStringLiteral("mac"), JsonReader::Optional, 17);
    d.hostname = r.string(QStringLiteral("hostname"), JsonReader::Optional, 255);
    d.vendor = r.string(QStringLiteral("vendor"), JsonReader::Optional, 255);
    d.name = r.string(QStringLiteral("name"), JsonReader::Optional, 128);
    d.memo = r.string(QStringLiteral("memo"), JsonReader::Optional, 4000);
    d.monitor = r.boolean(QStringLiteral("monitor"), JsonReader::Optional);
    d.state = stateField(r, QStringLiteral("state"));
    d.accessUrl = r.string(QStringLiteral("accessUrl"), JsonReader::Optional, 1024);
    d.accessUser = r.string(QStringLiteral("accessUser"), JsonReader::Optional, 128);
    d.reportUrl = r.string(QStringLiteral("reportUrl"), JsonReader::Optional, 1024);
    d.reportUser = r.string(QStringLiteral("reportUser"), JsonReader::Optional, 128);
    d.firstSeen = fromIso(r.string(QStringLiteral("firstSeen"), JsonReader::Optional, 40));
    d.lastSeen = fromIso(r.string(QStringLiteral("lastSeen"), JsonReader::Optional, 40));
    d.gone = r.boolean(QStringLiteral("gone"), JsonReader::Optional);
    d.isNew = r.boolean(QStringLiteral("new"), JsonReader::Optional);
    d.monitorInfo.readJson(r, json);
    if (!r.ok())
        return r.error();
    const QJsonValue ports = json.value(QStringLiteral("ports"));
    if (!ports.isUndefined() && !ports.isNull()) {
        if (!ports.isArray())
            return Error::validation(QStringLiteral("ports"), QStringLiteral("ports must be an array."));
        const QJsonArray array = ports.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            auto port = Port::fromJson(array.at(i).toObject());
            if (!port) {
                Error e = port.error();
                e.field = QStringLiteral("ports[%1].%2").arg(i).arg(e.field);
                return e;
            }
            d.ports.append(port.value());
        }
    }
    return d;
}

bool DevicePatch::empty() const
{
    return !monitor && !name && !memo && !accessUrl && !accessUser && !reportUrl && !reportUser && overrides.empty();
}

Result<DevicePatch> DevicePatch::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    DevicePatch p;
    p.monitor = r.optionalBoolean(QStringLiteral("monitor"));
    p.name = r.optionalString(QStringLiteral("name"), 128);
    p.memo = r.optionalString(QStringLiteral("memo"), 4000);
    p.accessUrl = r.optionalString(QStringLiteral("accessUrl"), 1024);
    p.accessUser = r.optionalString(QStringLiteral("accessUser"), 128);
    p.reportUrl = r.optionalString(QStringLiteral("reportUrl"), 1024);
    p.reportUser = r.optionalString(QStringLiteral("reportUser"), 128);
    p.overrides.readJson(r, json);
    if (!r.ok())
        return r.error();
    if (p.accessUrl)
        if (const QString m = checkUrl(*p.accessUrl); !m.isEmpty())
            return Error::validation(QStringLiteral("accessUrl"), m);
    if (p.reportUrl)
        if (const QString m = checkUrl(*p.reportUrl); !m.isEmpty())
            return Error::validation(QStringLiteral("reportUrl"), m);
    if (p.empty())
        return Error::validation({}, QStringLiteral("Nothing to change: name at least one field."));
    return p;
}

QJsonObject DevicePatch::toJson() const
{
    QJsonObject json;
    auto put = [&json](const QString &key, const auto &value) {
        if (value)
            json.insert(key, *value);
    };
    put(QStringLiteral("monitor"), monitor);
    put(QStringLiteral("name"), name);
    put(QStringLiteral("memo"), memo);
    put(QStringLiteral("accessUrl"), accessUrl);
    put(QStringLiteral("accessUser"), accessUser);
    put(QStringLiteral("reportUrl"), reportUrl);
    put(QStringLiteral("reportUser"), reportUser);
    overrides.writeJson(json);
    return json;
}

Result<PortPatch> PortPatch::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    PortPatch p;
    p.protocol = r.optionalString(QStringLiteral("protocol"), 32);
    p.monitor = r.optionalBoolean(QStringLiteral("monitor"));
    p.overrides.readJson(r, json);
    if (!r.ok())
        return r.error();
    if (p.protocol) {
        if (const QString m = checkProtocol(*p.protocol); !m.isEmpty())
            return Error::validation(QStringLiteral("protocol"), m);
        p.protocol = normalizeProtocol(*p.protocol);
    }
    if (!p.protocol && !p.monitor && p.overrides.empty())
        return Error::validation({}, QStringLiteral("Nothing to change: name protocol, monitor or a check setting."));
    return p;
}

QJsonObject PortPatch::toJson() const
{
    QJsonObject json;
    if (protocol)
        json.insert(QStringLiteral("protocol"), *protocol);
    if (monitor)
        json.insert(QStringLiteral("monitor"), *monitor);
    overrides.writeJson(json);
    return json;
}

} // namespace mente
