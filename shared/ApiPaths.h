// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The box's API paths (../API.md), one definition for the box's router and the console's client.
namespace mente::api {

inline const QString Prefix = QStringLiteral("/api/v1");
inline QString path(const QString &tail) { return Prefix + tail; }

inline const QString Health = QStringLiteral("/api/v1/health");
inline const QString Session = QStringLiteral("/api/v1/session");
inline const QString SessionPassword = QStringLiteral("/api/v1/session/password");
inline const QString Status = QStringLiteral("/api/v1/status");
inline const QString Box = QStringLiteral("/api/v1/box");
inline const QString BoxVpnPassword = QStringLiteral("/api/v1/box/vpn-password");
inline const QString BoxAck = QStringLiteral("/api/v1/box/ack");   // every current fault at once
inline const QString BoxMute = QStringLiteral("/api/v1/box/mute"); // the one box-wide mute
inline const QString Customer = QStringLiteral("/api/v1/customer");
inline const QString License = QStringLiteral("/api/v1/license");
inline const QString Operators = QStringLiteral("/api/v1/operators");
inline const QString OperatorsDelete = QStringLiteral("/api/v1/operators/delete");
inline const QString Devices = QStringLiteral("/api/v1/devices");
inline const QString DevicesClearNew = QStringLiteral("/api/v1/devices/clear-new");
inline const QString Ports = QStringLiteral("/api/v1/ports");
inline const QString Scans = QStringLiteral("/api/v1/scans");
inline const QString Discovery = QStringLiteral("/api/v1/discovery");
inline const QString Events = QStringLiteral("/api/v1/events");
inline const QString EventStream = QStringLiteral("/api/v1/events/stream");
inline const QString Reports = QStringLiteral("/api/v1/reports");
inline QString reportPath(qint64 id) { return QStringLiteral("/api/v1/reports/") + QString::number(id); }
inline QString reportSendPath(qint64 id) { return reportPath(id) + QStringLiteral("/send"); }
inline const QString Mutes = QStringLiteral("/api/v1/mutes");
inline QString mutePath(qint64 id) { return Mutes + QLatin1Char('/') + QString::number(id); }
inline const QString Inquiries = QStringLiteral("/api/v1/inquiries");
inline const QString Audit = QStringLiteral("/api/v1/audit");
inline const QString Outbox = QStringLiteral("/api/v1/outbox");
inline const QString Metrics = QStringLiteral("/metrics");

inline QString operatorPath(qint64 id) { return Operators + QLatin1Char('/') + QString::number(id); }
// An operator's SSH public keys for the box's tunnel endpoint, and one of them.
inline QString operatorSshKeysPath(qint64 id) { return operatorPath(id) + QStringLiteral("/ssh-keys"); }
inline QString operatorSshKeyPath(qint64 id, qint64 keyId)
{
    return operatorSshKeysPath(id) + QLatin1Char('/') + QString::number(keyId);
}
inline QString devicePath(qint64 id) { return Devices + QLatin1Char('/') + QString::number(id); }
inline QString deviceScanPath(qint64 id) { return devicePath(id) + QStringLiteral("/scan"); }
inline QString devicePortsPath(qint64 id) { return devicePath(id) + QStringLiteral("/ports"); }
inline QString portPath(qint64 id) { return Ports + QLatin1Char('/') + QString::number(id); }
inline QString deviceAckPath(qint64 id) { return devicePath(id) + QStringLiteral("/ack"); }
inline QString portAckPath(qint64 id) { return portPath(id) + QStringLiteral("/ack"); }
inline QString outboxRetryPath(qint64 id) { return Outbox + QLatin1Char('/') + QString::number(id) + QStringLiteral("/retry"); }
inline QString scanPath(qint64 id) { return Scans + QLatin1Char('/') + QString::number(id); }

} // namespace mente::api
