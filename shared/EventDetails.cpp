// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/EventDetails.h"

#include "shared/HealthState.h"
#include "shared/IdList.h"
#include "shared/JsonReader.h"
#include "shared/TimeFormat.h"

#include <limits>

namespace mente {

namespace {
constexpr qint64 kMaxId = std::numeric_limits<qint64>::max() / 2;
constexpr qint64 kMaxCount = std::numeric_limits<qint64>::max() / 2;
constexpr int kShort = 64;
constexpr int kText = 256;

QString k(const char *name)
{
    return QString::fromLatin1(name);
}

void putMute(QJsonObject &o, const MutedFlag &m)
{
    o.insert(k("muted"), m.muted);
    if (m.muted && m.mutedUntil.isValid())
        o.insert(k("mutedUntil"), toIso(m.mutedUntil));
}

MutedFlag readMute(JsonReader &r)
{
    MutedFlag m;
    m.muted = r.boolean(k("muted"), JsonReader::Required);
    m.mutedUntil = r.time(k("mutedUntil"), JsonReader::Optional);
    return m;
}

void readTarget(JsonReader &r, QString &target)
{
    target = r.string(k("target"), JsonReader::Required, 16);
    if (r.ok() && target != QLatin1String("device") && target != QLatin1String("port"))
        r.fail(k("target"), QStringLiteral("%1 must be \"device\" or \"port\".").arg(r.fieldName(k("target"))));
}

// An array of ids at json[key], absent or not; the first error (named as the field) stays in r.
QList<qint64> readIds(JsonReader &r, const QJsonObject &json, const QString &key)
{
    if (!r.ok() || !json.contains(key))
        return {};
    const auto ids = idArrayFromJson(json.value(key), r.fieldName(key));
    if (!ids) {
        r.fail(key, ids.error().message);
        return {};
    }
    return ids.value();
}

template<typename T> Result<T> done(const JsonReader &r, T value)
{
    if (!r.ok())
        return r.error();
    return value;
}

template<typename T> Result<EventDetail> as(Result<T> parsed)
{
    if (!parsed)
        return parsed.error();
    return EventDetail(std::move(parsed).value());
}
} // namespace

QJsonObject TargetStateDetail::toJson() const
{
    QJsonObject o{{k("ip"), ip}, {k("name"), name}, {k("method"), method}, {k("flapping"), flapping}};
    if (port > 0) {
        o.insert(k("deviceId"), deviceId);
        o.insert(k("port"), port);
        o.insert(k("protocol"), protocol);
    }
    if (latencyMs)
        o.insert(k("latencyMs"), *latencyMs);
    if (!checkCause.isEmpty())
        o.insert(k("checkCause"), checkCause);
    putMute(o, mute);
    return o;
}

Result<TargetStateDetail> TargetStateDetail::fromJson(const QJsonObject &json, const QString &prefix)
{
    JsonReader r(json, prefix);
    TargetStateDetail d;
    d.ip = r.string(k("ip"), JsonReader::Required, kShort);
    d.name = r.string(k("name"), JsonReader::Optional, kText);
    d.deviceId = r.integer(k("deviceId"), JsonReader::Optional, 1, kMaxId);
    d.port = int(r.integer(k("port"), JsonReader::Optional, 1, 65535));
    d.protocol = r.string(k("protocol"), JsonReader::Optional, kShort);
    d.method = r.string(k("method"), JsonReader::Optional, kShort);
    if (const auto latency = r.optionalInteger(k("latencyMs"), 0, std::numeric_limits<int>::max()))
        d.latencyMs = int(*latency);
    d.checkCause = r.string(k("checkCause"), JsonReader::Optional, kText);
    d.flapping = r.boolean(k("flapping"), JsonReader::Required);
    d.mute = readMute(r);
    return done(r, d);
}

QJsonObject BoxNetworkDetail::toJson() const
{
    QJsonObject o{{k("check"), check}, {k("gateway"), gateway}, {k("interface"), interfaceName}};
    putMute(o, mute);
    return o;
}

Result<BoxNetworkDetail> BoxNetworkDetail::fromJson(const QJsonObject &json, const QString &prefix)
{
    JsonReader r(json, prefix);
    BoxNetworkDetail d;
    d.check = r.string(k("check"), JsonReader::Required, kShort);
    d.gateway = r.string(k("gateway"), JsonReader::Optional, kShort);
    d.interfaceName = r.string(k("interface"), JsonReader::Optional, kShort);
    d.mute = readMute(r);
    return done(r, d);
}

QJsonObject VpnDetail::toJson() const
{
    QJsonObject o{{k("interface"), interfaceName}, {k("method"), method}};
    putMute(o, mute);
    return o;
}

Result<VpnDetail> VpnDetail::fromJson(const QJsonObject &json, const QString &prefix)
{
    JsonReader r(json, prefix);
    VpnDetail d;
    d.interfaceName = r.string(k("interface"), JsonReader::Optional, kShort);
    d.method = r.string(k("method"), JsonReader::Required, kShort);
    d.mute = readMute(r);
    return done(r, d);
}

QJsonObject ScanProgressDetail::toJson() const
{
    QJsonObject o{
        {k("deviceId"), deviceId}, {k("portsDone"), portsDone}, {k("portsTotal"), portsTotal}, {k("percent"), percent}};
    if (openPorts)
        o.insert(k("openPorts"), *openPorts);
    return o;
}

Result<ScanProgressDetail> ScanProgressDetail::fromJson(const QJsonObject &json, const QString &prefix)
{
    JsonReader r(json, prefix);
    ScanProgressDetail d;
    d.deviceId = r.integer(k("deviceId"), JsonReader::Required, 1, kMaxId);
    d.portsTotal = int(r.integer(k("portsTotal"), JsonReader::Required, 0, 65535));
    d.portsDone = int(r.integer(k("portsDone"), JsonReader::Required, 0, 65535));
    if (r.ok() && d.portsDone > d.portsTotal)
        r.fail(k("portsDone"), QStringLiteral("%1 must not exceed portsTotal.").arg(r.fieldName(k("portsDone"))));
    d.percent = int(r.integer(k("percent"), JsonReader::Required, 0, 100));
    if (const auto open = r.optionalInteger(k("openPorts"), 0, 65535))
        d.openPorts = int(*open);
    return done(r, d);
}

QJsonObject DeviceNewDetail::toJson() const
{
    return {{k("ip"), ip},
            {k("mac"), mac},
            {k("vendor"), vendor},
            {k("hostname"), hostname},
            {k("discoveryId"), discoveryId}};
}

Result<DeviceNewDetail> DeviceNewDetail::fromJson(const QJsonObject &json, const QString &prefix)
{
    JsonReader r(json, prefix);
    DeviceNewDetail d;
    d.ip = r.string(k("ip"), JsonReader::Required, kShort);
    d.mac = r.string(k("mac"), JsonReader::Optional, kShort);
    d.vendor = r.string(k("vendor"), JsonReader::Optional, kText);
    d.hostname = r.string(k("hostname"), JsonReader::Optional, kText);
    d.discoveryId = r.integer(k("discoveryId"), JsonReader::Required, 1, kMaxId);
    return done(r, d);
}

QJsonObject DeviceMovedDetail::toJson() const
{
    return {{k("mac"), mac}, {k("discoveryId"), discoveryId}};
}

Result<DeviceMovedDetail> DeviceMovedDetail::fromJson(const QJsonObject &json, const QString &prefix)
{
    JsonReader r(json, prefix);
    DeviceMovedDetail d;
    d.mac = r.string(k("mac"), JsonReader::Required, kShort);
    d.discoveryId = r.integer(k("discoveryId"), JsonReader::Required, 1, kMaxId);
    return done(r, d);
}

QJsonObject DeviceGoneDetail::toJson() const
{
    return {{k("ip"), ip}, {k("discoveryId"), discoveryId}};
}

Result<DeviceGoneDetail> DeviceGoneDetail::fromJson(const QJsonObject &json, const QString &prefix)
{
    JsonReader r(json, prefix);
    DeviceGoneDetail d;
    d.ip = r.string(k("ip"), JsonReader::Required, kShort);
    d.discoveryId = r.integer(k("discoveryId"), JsonReader::Required, 1, kMaxId);
    return done(r, d);
}

QJsonObject MonitorSwitchDetail::toJson() const
{
    QJsonObject o{{k("target"), target}, {k("by"), by}};
    if (!state.isEmpty())
        o.insert(k("state"), state);
    return o;
}

Result<MonitorSwitchDetail> MonitorSwitchDetail::fromJson(const QJsonObject &json, const QString &prefix)
{
    JsonReader r(json, prefix);
    MonitorSwitchDetail d;
    readTarget(r, d.target);
    d.by = r.string(k("by"), JsonReader::Required, kShort);
    d.state = r.string(k("state"), JsonReader::Optional, kShort);
    if (r.ok() && !d.state.isEmpty() && !healthStateFromWire(d.state))
        r.fail(k("state"), QStringLiteral("%1 is no state a target has.").arg(r.fieldName(k("state"))));
    return done(r, d);
}

QJsonObject AckDetail::toJson() const
{
    QJsonObject o{{k("target"), target}, {k("acknowledged"), acknowledged}, {k("by"), by}};
    if (target == QLatin1String("box")) {
        o.insert(k("devices"), idsToJson(devices));
        o.insert(k("ports"), idsToJson(ports));
    }
    return o;
}

Result<AckDetail> AckDetail::fromJson(const QJsonObject &json, const QString &prefix)
{
    JsonReader r(json, prefix);
    AckDetail d;
    d.target = r.string(k("target"), JsonReader::Required, 16);
    if (r.ok() && d.target != QLatin1String("device") && d.target != QLatin1String("port")
        && d.target != QLatin1String("box"))
        r.fail(k("target"),
               QStringLiteral("%1 must be \"device\", \"port\" or \"box\".").arg(r.fieldName(k("target"))));
    d.acknowledged = r.boolean(k("acknowledged"), JsonReader::Required);
    d.by = r.string(k("by"), JsonReader::Required, kShort);
    if (r.ok() && d.target == QLatin1String("box")) {
        d.devices = readIds(r, json, k("devices"));
        d.ports = readIds(r, json, k("ports"));
    }
    return done(r, d);
}

QJsonObject MuteDetail::toJson() const
{
    if (removed)
        return {{k("kind"), mute.kind}, {k("targetId"), mute.targetId}, {k("removed"), idsToJson(*removed)}};
    QJsonObject o = mute.toJson();
    if (replaced)
        o.insert(k("replaced"), idsToJson(*replaced));
    return o;
}

Result<MuteDetail> MuteDetail::fromJson(const QJsonObject &json, const QString &prefix)
{
    MuteDetail d;
    if (json.contains(k("removed"))) { // the box's mutes ended at once: no one window to show
        JsonReader r(json, prefix);
        d.mute.kind = r.string(k("kind"), JsonReader::Required, 16);
        if (r.ok() && d.mute.kind != QLatin1String("box"))
            r.fail(k("kind"),
                   QStringLiteral("%1 must be \"box\" where mutes are removed.").arg(r.fieldName(k("kind"))));
        d.mute.targetId = r.integer(k("targetId"), JsonReader::Required, 0, 0);
        d.removed = readIds(r, json, k("removed"));
        return done(r, d);
    }
    auto mute = Mute::fromJson(json, prefix);
    if (!mute)
        return mute.error();
    d.mute = std::move(mute).value();
    if (json.contains(k("replaced"))) {
        JsonReader r(json, prefix);
        d.replaced = readIds(r, json, k("replaced"));
        if (!r.ok())
            return r.error();
    }
    return d;
}

QJsonObject SweepProgressDetail::toJson() const
{
    return {{k("hostsDone"), hostsDone}, {k("hostsTotal"), hostsTotal}, {k("percent"), percent}};
}

Result<SweepProgressDetail> SweepProgressDetail::fromJson(const QJsonObject &json, const QString &prefix)
{
    constexpr qint64 kMaxHosts = 1 << 24;
    JsonReader r(json, prefix);
    SweepProgressDetail d;
    d.hostsTotal = int(r.integer(k("hostsTotal"), JsonReader::Required, 0, kMaxHosts));
    d.hostsDone = int(r.integer(k("hostsDone"), JsonReader::Required, 0, kMaxHosts));
    if (r.ok() && d.hostsDone > d.hostsTotal)
        r.fail(k("hostsDone"), QStringLiteral("%1 must not exceed hostsTotal.").arg(r.fieldName(k("hostsDone"))));
    d.percent = int(r.integer(k("percent"), JsonReader::Required, 0, 100));
    return done(r, d);
}

QJsonObject TunnelDetail::toJson() const
{
    QJsonObject o{
        {k("operatorId"), operatorId}, {k("login"), login}, {k("client"), client}, {k("host"), host}, {k("port"), port},
        {k("channel"), channel}};
    if (durationMs)
        o.insert(k("durationMs"), *durationMs);
    if (bytesToDevice)
        o.insert(k("bytesToDevice"), *bytesToDevice);
    if (bytesFromDevice)
        o.insert(k("bytesFromDevice"), *bytesFromDevice);
    return o;
}

Result<TunnelDetail> TunnelDetail::fromJson(const QJsonObject &json, const QString &prefix)
{
    JsonReader r(json, prefix);
    TunnelDetail d;
    d.operatorId = r.integer(k("operatorId"), JsonReader::Optional, 0, kMaxId);
    d.login = r.string(k("login"), JsonReader::Optional, kShort);
    d.client = r.string(k("client"), JsonReader::Optional, kShort);
    d.host = r.string(k("host"), JsonReader::Optional, kText);
    d.port = int(r.integer(k("port"), JsonReader::Optional, 0, 65535));
    d.channel = int(r.integer(k("channel"), JsonReader::Optional, 0, std::numeric_limits<int>::max()));
    d.durationMs = r.optionalInteger(k("durationMs"), 0, kMaxCount);
    d.bytesToDevice = r.optionalInteger(k("bytesToDevice"), 0, kMaxCount);
    d.bytesFromDevice = r.optionalInteger(k("bytesFromDevice"), 0, kMaxCount);
    return done(r, d);
}

QStringList eventKinds()
{
    return {k("device"),
            k("port"),
            k("box"),
            k("vpn"),
            k("scan"),
            k("device.new"),
            k("device.moved"),
            k("device.gone"),
            k("monitor"),
            k("ack"),
            k("tunnel"),
            k("discovery"),
            k("discovery.progress"),
            k("report"),
            k("mute")};
}

Result<EventDetail> parseEventDetail(const Event &event)
{
    const QJsonObject &d = event.detail;
    const QString &kind = event.kind;
    if (!eventKinds().contains(kind))
        return Error::validation(k("kind"), QStringLiteral("Unknown event kind \"%1\".").arg(kind));
    Result<EventDetail> parsed = Error{};
    if (kind == QLatin1String("device") || kind == QLatin1String("port"))
        parsed = as(TargetStateDetail::fromJson(d));
    else if (kind == QLatin1String("box"))
        parsed = as(BoxNetworkDetail::fromJson(d));
    else if (kind == QLatin1String("vpn"))
        parsed = as(VpnDetail::fromJson(d));
    else if (kind == QLatin1String("scan"))
        parsed = as(ScanProgressDetail::fromJson(d));
    else if (kind == QLatin1String("device.new"))
        parsed = as(DeviceNewDetail::fromJson(d));
    else if (kind == QLatin1String("device.moved"))
        parsed = as(DeviceMovedDetail::fromJson(d));
    else if (kind == QLatin1String("device.gone"))
        parsed = as(DeviceGoneDetail::fromJson(d));
    else if (kind == QLatin1String("monitor"))
        parsed = as(MonitorSwitchDetail::fromJson(d));
    else if (kind == QLatin1String("ack"))
        parsed = as(AckDetail::fromJson(d));
    else if (kind == QLatin1String("tunnel"))
        parsed = as(TunnelDetail::fromJson(d));
    else if (kind == QLatin1String("discovery"))
        parsed = as(DiscoveryRun::fromJson(d));
    else if (kind == QLatin1String("discovery.progress"))
        parsed = as(SweepProgressDetail::fromJson(d));
    else if (kind == QLatin1String("report"))
        parsed = as(ReportSummary::fromJson(d));
    else if (kind == QLatin1String("mute"))
        parsed = as(MuteDetail::fromJson(d));
    if (parsed)
        return parsed;
    // Name the field as the event's: "detail.percent".
    Error error = parsed.error();
    error.field = error.field.isEmpty() ? k("detail") : k("detail.") + error.field;
    return error;
}

} // namespace mente
