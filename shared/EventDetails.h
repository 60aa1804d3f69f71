// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/DiscoveryRun.h"
#include "shared/Event.h"
#include "shared/Mute.h"
#include "shared/Report.h"
#include "shared/Result.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>
#include <variant>

// The "detail" object of each kind of event the box emits (Event::kind), as one type per kind.
// A new kind of event gets its type here and a case in parseEventDetail().
namespace mente {

// Whether a maintenance window covered the target when its state changed (the mailer skips it).
struct MutedFlag
{
    bool muted = false;
    QDateTime mutedUntil; // set when muted
};

// "device" and "port": a monitored target changed state (ok, fault, unknown, ...).
struct TargetStateDetail
{
    QString ip;
    QString name;
    qint64 deviceId = 0; // ports only: the device it belongs to
    int port = 0;        // ports only
    QString protocol;    // ports only
    QString method;      // how it was checked: "icmp-datagram", "tcp", "http", ...
    std::optional<int> latencyMs;
    QString checkCause; // why the last check failed, when it did
    bool flapping = false;
    MutedFlag mute;

    QJsonObject toJson() const;
    static Result<TargetStateDetail> fromJson(const QJsonObject &json, const QString &prefix = {});
};

// "box": the box's own network (its gateway) changed state.
struct BoxNetworkDetail
{
    QString check; // "network"
    QString gateway;
    QString interfaceName; // "interface" on the wire
    MutedFlag mute;

    QJsonObject toJson() const;
    static Result<BoxNetworkDetail> fromJson(const QJsonObject &json, const QString &prefix = {});
};

// "vpn": the box's VPN link changed state.
struct VpnDetail
{
    QString interfaceName; // "interface" on the wire
    QString method;        // "interface" or "vpncmd"
    MutedFlag mute;

    QJsonObject toJson() const;
    static Result<VpnDetail> fromJson(const QJsonObject &json, const QString &prefix = {});
};

// "scan": a scan started, moved on or ended; the console's progress bar follows "percent".
struct ScanProgressDetail
{
    qint64 deviceId = 0;
    int portsDone = 0;
    int portsTotal = 0;
    int percent = 0;
    std::optional<int> openPorts; // how many were found so far (not in the first event)

    QJsonObject toJson() const;
    static Result<ScanProgressDetail> fromJson(const QJsonObject &json, const QString &prefix = {});
};

// "device.new": discovery found a device the box did not know.
struct DeviceNewDetail
{
    QString ip;
    QString mac;
    QString vendor;
    QString hostname;
    qint64 discoveryId = 0;

    QJsonObject toJson() const;
    static Result<DeviceNewDetail> fromJson(const QJsonObject &json, const QString &prefix = {});
};

// "device.moved": a known device (by its MAC) answered on another address (the event's from/to).
struct DeviceMovedDetail
{
    QString mac;
    qint64 discoveryId = 0;

    QJsonObject toJson() const;
    static Result<DeviceMovedDetail> fromJson(const QJsonObject &json, const QString &prefix = {});
};

// "device.gone": a device found by discovery has not answered for a while.
struct DeviceGoneDetail
{
    QString ip;
    qint64 discoveryId = 0;

    QJsonObject toJson() const;
    static Result<DeviceGoneDetail> fromJson(const QJsonObject &json, const QString &prefix = {});
};

// "monitor": an operator switched monitoring of a device or port on or off (from/to "on"/"off").
struct MonitorSwitchDetail
{
    QString target; // "device" or "port"
    QString by;     // the operator's login

    QJsonObject toJson() const;
    static Result<MonitorSwitchDetail> fromJson(const QJsonObject &json, const QString &prefix = {});
};

// "ack": an operator acknowledged a fault.
struct AckDetail
{
    QString target; // "device" or "port"
    bool acknowledged = true;
    QString by;

    QJsonObject toJson() const;
    static Result<AckDetail> fromJson(const QJsonObject &json, const QString &prefix = {});
};

// "tunnel": a console's SSH tunnel channel into the LAN opened, closed or was refused.
struct TunnelDetail
{
    qint64 operatorId = 0;
    QString login;
    QString client; // the console's address
    QString host;   // the device's address inside the LAN
    int port = 0;
    int channel = 0;
    // Closed channels only:
    std::optional<qint64> durationMs;
    std::optional<qint64> bytesToDevice;
    std::optional<qint64> bytesFromDevice;

    QJsonObject toJson() const;
    static Result<TunnelDetail> fromJson(const QJsonObject &json, const QString &prefix = {});
};

// "discovery" carries the run (DiscoveryRun), "report" its summary (ReportSummary), "mute" the
// maintenance window (Mute).
using EventDetail =
    std::variant<TargetStateDetail, BoxNetworkDetail, VpnDetail, ScanProgressDetail, DeviceNewDetail, DeviceMovedDetail,
                 DeviceGoneDetail, MonitorSwitchDetail, AckDetail, TunnelDetail, DiscoveryRun, ReportSummary, Mute>;

// The event's detail read as the type of its kind; an unknown kind or a bad field is an error
// naming the field ("detail.percent").
Result<EventDetail> parseEventDetail(const Event &event);
// The kinds parseEventDetail() knows.
QStringList eventKinds();

} // namespace mente
