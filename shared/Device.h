// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/HealthState.h"
#include "shared/MonitorInfo.h"
#include "shared/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace mente {

// One open (or hand-added) port of a device (F6 child row).
struct Port
{
    qint64 id = 0;
    qint64 deviceId = 0;
    int port = 0;
    QString protocol; // "" when unknown
    bool monitor = false;
    HealthState state = HealthState::Unknown;
    QString banner; // first bytes the service sent, sanitised, when the protocol is unknown
    bool manual = false;
    MonitorInfo monitorInfo;

    QJsonObject toJson() const;
    static Result<Port> fromJson(const QJsonObject &json);
};

// One device of the customer's LAN (F6).
struct Device
{
    qint64 id = 0;
    QString ip;
    QString mac;
    QString hostname;
    QString vendor;
    QString name;
    QString memo;
    bool monitor = false;
    HealthState state = HealthState::Unknown;
    QString accessUrl;
    QString accessUser;
    QString reportUrl;
    QString reportUser;
    QDateTime firstSeen;
    QDateTime lastSeen;
    bool gone = false;
    bool isNew = false; // discovery found a MAC never seen on the box; cleared when looked at ("new")
    QList<Port> ports;
    MonitorInfo monitorInfo;

    QJsonObject toJson() const;
    static Result<Device> fromJson(const QJsonObject &json);
};

// What PATCH /devices/{id} may change; absent fields stay as they are.
struct DevicePatch
{
    std::optional<bool> monitor;
    std::optional<QString> name;
    std::optional<QString> memo;
    std::optional<QString> accessUrl;
    std::optional<QString> accessUser;
    std::optional<QString> reportUrl;
    std::optional<QString> reportUser;
    MonitorOverridesPatch overrides; // intervalS, timeoutMs, retries, recoveries

    bool empty() const;
    static Result<DevicePatch> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// What PATCH /ports/{id} may change.
struct PortPatch
{
    std::optional<QString> protocol;
    std::optional<bool> monitor;
    MonitorOverridesPatch overrides;

    static Result<PortPatch> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace mente
