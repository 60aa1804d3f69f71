// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/api/RouteTable.h"

#include <QString>

// Named paths of the box's API, each read from the route table (shared/api/RouteTable.h), so a
// path is written once. New code calls api::path(RouteId::..., ids...) directly.
namespace mente::api {

// The collection an item's route names: its pattern without the last "/{parameter}"
// (collectionOf(RouteId::PortUpdate) is "/api/v1/ports"), for collections with no route of their own.
inline QString collectionOf(RouteId id)
{
    const QString itemPattern = pattern(id);
    const qsizetype last = itemPattern.lastIndexOf(QLatin1String("/{"));
    return last > 0 && itemPattern.endsWith(QLatin1Char('}')) ? itemPattern.left(last) : itemPattern;
}

inline const QString Health = pattern(RouteId::Health);
inline const QString Session = pattern(RouteId::SessionShow);
inline const QString SessionPassword = pattern(RouteId::SessionPassword);
inline const QString Status = pattern(RouteId::Status);
inline const QString Box = pattern(RouteId::BoxInfo);
inline const QString BoxVpnPassword = pattern(RouteId::BoxVpnPassword);
inline const QString Customer = pattern(RouteId::CustomerShow);
inline const QString License = pattern(RouteId::LicenseShow);
inline const QString Operators = pattern(RouteId::OperatorList);
inline const QString OperatorsDelete = pattern(RouteId::OperatorsDelete);
inline const QString Devices = pattern(RouteId::DeviceList);
inline const QString DevicesClearNew = pattern(RouteId::DevicesClearNew);
inline const QString Ports = collectionOf(RouteId::PortUpdate); // no route of its own: only /ports/{id}
inline const QString Scans = collectionOf(RouteId::ScanShow);   // no route of its own: only /scans/{id}
inline const QString Discovery = pattern(RouteId::DiscoveryShow);
inline const QString Events = pattern(RouteId::EventList);
inline const QString EventStream = pattern(RouteId::EventStream);
inline const QString Mutes = pattern(RouteId::MuteList);
inline const QString Reports = pattern(RouteId::ReportList);
inline const QString Inquiries = pattern(RouteId::InquiryList);
inline const QString Audit = pattern(RouteId::AuditList);
inline const QString Outbox = pattern(RouteId::OutboxList);
inline const QString Metrics = pattern(RouteId::Metrics);

inline QString reportPath(qint64 id)
{
    return path(RouteId::ReportShow, id);
}
inline QString reportSendPath(qint64 id)
{
    return path(RouteId::ReportSend, id);
}
inline QString operatorPath(qint64 id)
{
    return path(RouteId::OperatorShow, id);
}
// An operator's SSH public keys for the box's tunnel endpoint, and one of them.
inline QString operatorSshKeysPath(qint64 id)
{
    return path(RouteId::SshKeyList, id);
}
inline QString operatorSshKeyPath(qint64 id, qint64 keyId)
{
    return path(RouteId::SshKeyDelete, id, keyId);
}
inline QString devicePath(qint64 id)
{
    return path(RouteId::DeviceShow, id);
}
inline QString deviceScanPath(qint64 id)
{
    return path(RouteId::DeviceScan, id);
}
inline QString devicePortsPath(qint64 id)
{
    return path(RouteId::DevicePortCreate, id);
}
inline QString portPath(qint64 id)
{
    return path(RouteId::PortUpdate, id);
}
inline QString outboxRetryPath(qint64 id)
{
    return path(RouteId::OutboxRetry, id);
}
inline QString scanPath(qint64 id)
{
    return path(RouteId::ScanShow, id);
}

} // namespace mente::api
