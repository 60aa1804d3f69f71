// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/MonitorInfo.h"

#include "shared/TimeFormat.h"

#include <limits>

namespace mente {

namespace {
struct Limit
{
    const char *key;
    int min;
    int max;
};
// The same ranges as the box's [monitor] config keys.
constexpr Limit kIntervalS{"intervalS", 1, 86400};
constexpr Limit kTimeoutMs{"timeoutMs", 10, 600000};
constexpr Limit kRetries{"retries", 1, 100};
constexpr Limit kRecoveries{"recoveries", 1, 100};

QJsonValue orNull(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<int> readOptional(JsonReader &r, const QJsonObject &json, const Limit &limit)
{
    const QString key = QLatin1String(limit.key);
    if (!json.contains(key) || json.value(key).isNull())
        return std::nullopt;
    const auto value = r.optionalInteger(key, limit.min, limit.max);
    return value ? std::optional<int>(int(*value)) : std::nullopt;
}
} // namespace

void MonitorOverrides::writeJson(QJsonObject &json) const
{
    json.insert(QLatin1String(kIntervalS.key), orNull(intervalS));
    json.insert(QLatin1String(kTimeoutMs.key), orNull(timeoutMs));
    json.insert(QLatin1String(kRetries.key), orNull(retries));
    json.insert(QLatin1String(kRecoveries.key), orNull(recoveries));
}

void MonitorOverrides::readJson(JsonReader &r, const QJsonObject &json)
{
    intervalS = readOptional(r, json, kIntervalS);
    timeoutMs = readOptional(r, json, kTimeoutMs);
    retries = readOptional(r, json, kRetries);
    recoveries = readOptional(r, json, kRecoveries);
}

void MonitorOverridesPatch::readJson(JsonReader &r, const QJsonObject &json)
{
    auto read = [&](Field &field, const Limit &limit) {
        const QString key = QLatin1String(limit.key);
        field.present = json.contains(key);
        if (field.present)
            field.value = readOptional(r, json, limit);
    };
    read(intervalS, kIntervalS);
    read(timeoutMs, kTimeoutMs);
    read(retries, kRetries);
    read(recoveries, kRecoveries);
}

void MonitorOverridesPatch::writeJson(QJsonObject &json) const
{
    auto put = [&json](const Field &field, const Limit &limit) {
        if (field.present)
            json.insert(QLatin1String(limit.key), orNull(field.value));
    };
    put(intervalS, kIntervalS);
    put(timeoutMs, kTimeoutMs);
    put(retries, kRetries);
    put(recoveries, kRecoveries);
}

void MonitorInfo::writeJson(QJsonObject &json) const
{
    overrides.writeJson(json);
    json.insert(QStringLiteral("acknowledged"), acknowledged);
    json.insert(QStringLiteral("flapping"), flapping);
    json.insert(QStringLiteral("mutedUntil"), toIsoOrNull(mutedUntil));
    json.insert(QStringLiteral("lastCheck"), toIsoOrNull(lastCheck));
    json.insert(QStringLiteral("latencyMs"), latencyMs >= 0 ? QJsonValue(latencyMs) : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("cause"), cause);
    json.insert(QStringLiteral("checkMethod"), checkMethod);
}

void MonitorInfo::readJson(JsonReader &r, const QJsonObject &json)
{
    overrides.readJson(r, json);
    acknowledged = r.boolean(QStringLiteral("acknowledged"), JsonReader::Optional);
    flapping = r.boolean(QStringLiteral("flapping"), JsonReader::Optional);
    mutedUntil = fromIso(r.string(QStringLiteral("mutedUntil"), JsonReader::Optional, 40));
    lastCheck = fromIso(r.string(QStringLiteral("lastCheck"), JsonReader::Optional, 40));
    latencyMs =
        json.value(QStringLiteral("latencyMs")).isNull()
            ? -1
            : int(r.optionalInteger(QStringLiteral("latencyMs"), 0, std::numeric_limits<int>::max()).value_or(-1));
    cause = r.string(QStringLiteral("cause"), JsonReader::Optional, 256);
    checkMethod = r.string(QStringLiteral("checkMethod"), JsonReader::Optional, 64);
}

} // namespace mente
