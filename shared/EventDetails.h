// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/DiscoveryRun.h"
#include "shared/Event.h"
#include "shared/Mute.h"
#include "shared/Report.h"
#include "shared/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

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
    QString state;  // the target's state at the switch (switching off resets it to unknown)

    QJsonObject toJson() const;
    static Result<MonitorSwitchDetail> fromJson(const QJsonObject &json, const QString &prefix = {});
};

// "ack": an operator acknowledged a fault (or took it back), of one device or port, or every
// current fault of the box at once (target "box", with the devices and ports it covered).
struct AckDetail
{
    QString target; // "device", "port" or "box"
    bool acknowledged = true;
    QString by;
    QList<qint64> devices; // target "box" only
    QList<qint64> ports;   // target "box" only

    QJsonObject toJson() const;
    static Result<AckDetail> fromJson(const QJsonObject &json, const QString &prefix = {});
};

// "mute": a maintenance window began or ended (the Mute); a box-wide mute names the box-wide ones
// it replaced, and ending the box's mutes (from "muted" to "unmuted", id 0) names the ones removed.
struct MuteDetail
{
    Mute mute;                             // not when `removed` is set: then only kind "box", targetId 0
    std::optional<QList<qint64>> replaced; // POST /box/mute
    std::optional<QList<qint64>> removed;  // DELETE /box/mute

    QJsonObject toJson() const;
    static Result<MuteDetail> fromJson(const QJsonObject &json, const QString &prefix = {});
};

// "discovery.progress": a LAN sweep started (percent 0) or moved on (to 100 once every address
// was tried); the event's id is the sweep's. Its end is the "discovery" event with the run.
struct SweepProgressDetail
{
    int hostsDone = 0;
    int hostsTotal = 0;
    int percent = 0;

    QJsonObject toJson() const;
    static Result<SweepProgressDetail> fromJson(const QJsonObject &json, const QString &prefix = {});
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

// "discovery" carries the run (DiscoveryRun), "report" its summary (ReportSummary).
using EventDetail = std::variant<TargetStateDetail, BoxNetworkDetail, VpnDetail, ScanProgressDetail,
                                 SweepProgressDetail, DeviceNewDetail, DeviceMovedDetail, DeviceGoneDetail,
                                 MonitorSwitchDetail, AckDetail, TunnelDetail, DiscoveryRun, ReportSummary, MuteDetail>;

// The event's detail read as the type of its kind; an unknown kind or a bad field is an error
// naming the field ("detail.percent").
Result<EventDetail> parseEventDetail(const Event &event);
// The kinds parseEventDetail() knows.
QStringList eventKinds();

} // namespace mente
