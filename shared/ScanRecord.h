// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace mente {

// What the box learnt about one open port during a scan.
struct ScanOpenPort
{
    quint16 port = 0;
    QString protocol; // "SSH", "HTTP", ... or "" when no probe recognised it
    QString banner;   // sanitised first bytes when the protocol is unknown

    QJsonObject toJson() const;
    static Result<ScanOpenPort> fromJson(const QJsonObject &json, const QString &prefix = {});
};

// One port scan of a device, as GET /scans/{id} answers it.
struct ScanRecord
{
    qint64 id = 0;
    qint64 deviceId = 0;
    QString state; // "running", "done", "failed"
    QString ports; // the list asked for, "1-65535" when none was
    int portsDone = 0;
    int portsTotal = 0;
    QList<ScanOpenPort> openPorts;
    int openPortsOmitted = 0; // open beyond the limit, not probed nor stored
    QString method;           // "syn" or "connect", once known
    QString error;
    QDateTime startedAt;
    QDateTime finishedAt;

    // 0-100 ("percent" on the wire); a running scan stays below 100 while it identifies.
    int percent() const;
    QJsonObject toJson() const;
    static Result<ScanRecord> fromJson(const QJsonObject &json);
    static QJsonArray openPortsJson(const QList<ScanOpenPort> &ports);
    // Lenient: the box's own stored list (bad entries read as port 0).
    static QList<ScanOpenPort> openPortsFromJson(const QJsonArray &array);
};

// POST /devices/{id}/scan {"ports": "1-1000,3389"}: no body or no "ports" scans every port. The
// text is checked by the box's port-list parser; here only its shape.
struct ScanRequest
{
    QString ports;

    QJsonObject toJson() const;
    static Result<ScanRequest> fromJson(const QJsonObject &json);
};

// The 202 answer to POST /devices/{id}/scan.
struct ScanStarted
{
    qint64 scanId = 0;

    QJsonObject toJson() const;
    static Result<ScanStarted> fromJson(const QJsonObject &json);
};

} // namespace mente
