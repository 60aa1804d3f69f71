// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/Identification.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace mente::box {

// One scan as GET /scans/{id} shows it.
struct ScanRecord
{
    qint64 id = 0;
    qint64 deviceId = 0;
    QString state; // "running", "done", "failed"
    QString ports; // the list asked for, "1-65535" when none was
    int portsDone = 0;
    int portsTotal = 0;
    QList<Identification> openPorts;
    int openPortsOmitted = 0; // open beyond the limit, not probed nor stored
    QString method;           // "syn" or "connect", once known
    QString error;
    QDateTime startedAt;
    QDateTime finishedAt;

    int percent() const;
    QJsonObject toJson() const;
    static QJsonArray openPortsJson(const QList<Identification> &ports);
    static QList<Identification> openPortsFromJson(const QJsonArray &array);
};

} // namespace mente::box
