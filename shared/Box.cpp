// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/Box.h"

#include "shared/JsonReader.h"
#include "shared/TimeFormat.h"

namespace mente {

namespace {
QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

HealthState readState(JsonReader &r, const QString &key)
{
    const QString text = r.string(key, JsonReader::Optional, 16);
    if (text.isEmpty())
        return HealthState::Unknown;
    const auto state = healthStateFromWire(text);
    if (!state)
        r.fail(key, QStringLiteral("%1 is not a state (ok, fault, unknown, scanning).").arg(key));
    return state.value_or(HealthState::Unknown);
}
} // namespace

QJsonObject BoxInfo::toJson() const
{
    return {
        {QStringLiteral("serial"), serial},
        {QStringLiteral("mac"), mac},
        {QStringLiteral("addressMode"), addressMode},
        {QStringLiteral("localIp"), localIp},
        {QStringLiteral("globalIp"), globalIp},
        {QStringLiteral("subdomain"), subdomain},
        {QStringLiteral("sshPort"), sshPort},
        {QStringLiteral("sshUser"), sshUser},
        {QStringLiteral("sshHostKey"), sshHostKey},
        {QStringLiteral("vpnHub"), vpnHub},
        {QStringLiteral("vpnUser"), vpnUser},
        {QStringLiteral("version"), version},
        {QStringLiteral("uptimeS"), uptimeS},
        {QStringLiteral("startedAt"), toIsoOrNull(startedAt)},
        {QStringLiteral("tlsFingerprint"), tlsFingerprint},
    };
}

Result<BoxInfo> BoxInfo::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    BoxInfo b;
    b.serial = r.string(QStringLiteral("serial"), JsonReader::Required, 64);
    b.mac = r.string(QStringLiteral("mac"), JsonReader::Optional, 17);
    b.addressMode = r.string(QStringLiteral("addressMode"), JsonReader::Optional, 16);
    b.localIp = r.string(QStringLiteral("localIp"), JsonReader::Optional, 64);
    b.globalIp = r.string(QStringLiteral("globalIp"), JsonReader::Optional, 64);
    b.subdomain = r.string(QStringLiteral("subdomain"), JsonReader::Optional, 63);
    b.sshPort = int(r.integer(QStringLiteral("sshPort"), JsonReader::Optional, 0, 65535, 0));
    b.sshUser = r.string(QStringLiteral("sshUser"), JsonReader::Optional, 32);
    b.sshHostKey = r.string(QStringLiteral("sshHostKey"), JsonReader::Optional, 128);
    b.vpnHub = r.string(QStringLiteral("vpnHub"), JsonReader::Optional, 128);
    b.vpnUser = r.string(QStringLiteral("vpnUser"), JsonReader::Optional, 128);
    b.version = r.string(QStringLiteral("version"), JsonReader::Optional, 32);
    b.uptimeS = r.integer(QStringLiteral("uptimeS"), JsonReader::Optional, 0, std::numeric_limits<qint32>::max());
    b.startedAt = fromIso(r.string(QStringLiteral("startedAt"), JsonReader::Optional, 40));
    b.tlsFingerprint = r.string(QStringLiteral("tlsFingerprint"), JsonReader::Optional, 128);
    if (!r.ok())
        return r.error();
    return b;
}

QJsonObject BoxStatus::toJson() const
{
    return {
        {QStringLiteral("serial"), serial},
        {QStringLiteral("customerName"), customerName},
        {QStringLiteral("subdomain"), subdomain},
        {QStringLiteral("deviceState"), toWire(deviceState)},
        {QStringLiteral("boxState"), toWire(boxState)},
        {QStringLiteral("vpnState"), toWire(vpnState)},
        {QStringLiteral("monitoredCount"), monitoredCount},
        {QStringLiteral("deviceCount"), deviceCount},
        {QStringLiteral("licenceKey"), licenceKey.isEmpty() ? QJsonValue() : QJsonValue(licenceKey)},
        {QStringLiteral("licenceStart"), dateOrNull(licenceStart)},
        {QStringLiteral("licenceEnd"), dateOrNull(licenceEnd)},
        {QStringLiteral("mac"), mac},
        {QStringLiteral("addressMode"), addressMode},
        {QStringLiteral("localIp"), localIp},
        {QStringLiteral("globalIp"), globalIp},
        {QStringLiteral("sshPort"), sshPort},
        {QStringLiteral("version"), version},
        {QStringLiteral("registered"), registered},
        {QStringLiteral("lastMonthOk"), lastMonthOk ? QJsonValue(*lastMonthOk) : QJsonValue()},
        {QStringLiteral("at"), toIsoOrNull(at)},
    };
}

Result<BoxStatus> BoxStatus::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    BoxStatus s;
    s.serial = r.string(QStringLiteral("serial"), JsonReader::Required, 64);
    s.customerName = r.string(QStringLiteral("customerName"), JsonReader::Optional, 128);
    s.subdomain = r.string(QStringLiteral("subdomain"), JsonReader::Optional, 63);
    s.deviceState = readState(r, QStringLiteral("deviceState"));
    s.boxState = readState(r, QStringLiteral("boxState"));
    s.vpnState = readState(r, QStringLiteral("vpnState"));
    s.monitoredCount = int(r.integer(QStringLiteral("monitoredCount"), JsonReader::Optional, 0, 10'000'000));
    s.deviceCount = int(r.integer(QStringLiteral("deviceCount"), JsonReader::Optional, 0, 10'000'000));
    s.licenceKey = r.string(QStringLiteral("licenceKey"), JsonReader::Optional, 19);
    s.licenceStart = QDate::fromString(r.string(QStringLiteral("licenceStart"), JsonReader::Optional, 10), Qt::ISODate);
    s.licenceEnd = QDate::fromString(r.string(QStringLiteral("licenceEnd"), JsonReader::Optional, 10), Qt::ISODate);
    s.mac = r.string(QStringLiteral("mac"), JsonReader::Optional, 17);
    s.addressMode = r.string(QStringLiteral("addressMode"), JsonReader::Optional, 16);
    s.localIp = r.string(QStringLiteral("localIp"), JsonReader::Optional, 64);
    s.globalIp = r.string(QStringLiteral("globalIp"), JsonReader::Optional, 64);
    s.sshPort = int(r.integer(QStringLiteral("sshPort"), JsonReader::Optional, 0, 65535, 0));
    s.version = r.string(QStringLiteral("version"), JsonReader::Optional, 32);
    s.registered = r.boolean(QStringLiteral("registered"), JsonReader::Optional);
    s.at = fromIso(r.string(QStringLiteral("at"), JsonReader::Optional, 40));
    const QJsonValue ok = json.value(QStringLiteral("lastMonthOk"));
    if (ok.isDouble() && ok.toDouble() >= 0 && ok.toDouble() <= 1)
        s.lastMonthOk = ok.toDouble();
    else if (!ok.isNull() && !ok.isUndefined())
        r.fail(QStringLiteral("lastMonthOk"), QStringLiteral("lastMonthOk must be a share between 0 and 1."));
    if (!r.ok())
        return r.error();
    return s;
}

} // namespace mente
