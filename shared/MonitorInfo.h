// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/JsonReader.h"
#include "shared/Result.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace mente {

// Per-target check settings an operator may set (F7); unset means the box's [monitor] default.
struct MonitorOverrides
{
    std::optional<int> intervalS;
    std::optional<int> timeoutMs;
    std::optional<int> retries;
    std::optional<int> recoveries;

    bool empty() const { return !intervalS && !timeoutMs && !retries && !recoveries; }
    void writeJson(QJsonObject &json) const; // null for unset
    void readJson(JsonReader &r, const QJsonObject &json);
};

// A PATCH of the overrides: each field absent (unchanged), a number, or null (back to the default).
struct MonitorOverridesPatch
{
    struct Field
    {
        bool present = false;
        std::optional<int> value; // nullopt with present = reset to the default
    };
    Field intervalS;
    Field timeoutMs;
    Field retries;
    Field recoveries;

    bool empty() const { return !intervalS.present && !timeoutMs.present && !retries.present && !recoveries.present; }
    // Reads and range-checks the four fields; errors name the field.
    void readJson(JsonReader &r, const QJsonObject &json);
    void writeJson(QJsonObject &json) const;
};

// What the monitor knows of one device or port besides its state (F7): shown in the device list.
struct MonitorInfo
{
    MonitorOverrides overrides;
    bool acknowledged = false;
    bool flapping = false;
    QDateTime mutedUntil; // invalid: not muted
    QDateTime lastCheck;
    int latencyMs = -1;  // -1: no successful check yet
    QString cause;       // why the last check failed ("timeout", "refused", "http 503", ...)
    QString checkMethod; // "icmp", "icmp-raw", "tcp:22", "ssh", "http", ...

    void writeJson(QJsonObject &json) const;
    void readJson(JsonReader &r, const QJsonObject &json);
};

} // namespace mente
