// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/HealthState.h"
#include "shared/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace mente {

// Box detail (F5), GET /box. The VPN password is not here: it has its own audited call.
struct BoxInfo
{
    QString serial;
    QString mac;
    QString addressMode; // "dhcp" or "static"
    QString localIp;
    QString globalIp;
    QString subdomain;
    int sshPort = 0;    // the SSH tunnel endpoint's port; 0 when it is off
    QString sshUser;    // the SSH user name tunnels log in as
    QString sshHostKey; // SHA256:… of its host key, pinned by the console at first contact
    QString vpnHub;
    QString vpnUser;
    QString version;
    qint64 uptimeS = 0;
    QDateTime startedAt;
    QString tlsFingerprint;

    QJsonObject toJson() const;
    static Result<BoxInfo> fromJson(const QJsonObject &json);
};

// One fleet row (F3), GET /status.
struct BoxStatus
{
    QString serial;
    QString customerName;
    QString subdomain;
    HealthState deviceState = HealthState::Unknown;
    HealthState boxState = HealthState::Ok;
    HealthState vpnState = HealthState::Unknown;
    int monitoredCount = 0;
    int deviceCount = 0;
    QString licenceKey;
    QDate licenceStart;
    QDate licenceEnd;
    QString mac;
    QString addressMode;
    QString localIp;
    QString globalIp;
    int sshPort = 0;
    QString version;
    bool registered = false;
    // The mean ok share of the devices and ports in the kept report of the month that ended last
    // (F10); none before that report exists.
    std::optional<double> lastMonthOk;
    QDateTime at; // when the box answered

    QJsonObject toJson() const;
    static Result<BoxStatus> fromJson(const QJsonObject &json);
};

} // namespace mente
