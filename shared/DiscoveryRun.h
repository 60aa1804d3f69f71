// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace mente {

// One LAN sweep as GET /discovery shows it.
struct DiscoveryRun
{
    qint64 id = 0;
    QString state;       // "running", "done", "failed"; "never" (id 0) before the first sweep
    QString trigger;     // "request", "start", "schedule"
    QStringList methods; // "neighbour", "icmp-datagram" / "icmp-raw" / "tcp", "reverse-dns"
    QStringList cidrs;
    int hostsDone = 0;
    int hostsTotal = 0;
    int found = 0;
    int added = 0;
    int gone = 0;
    QString error;
    QDateTime startedAt;
    QDateTime finishedAt;

    int percent() const;
    QJsonObject toJson() const;
    static Result<DiscoveryRun> fromJson(const QJsonObject &json, const QString &prefix = {});
};

} // namespace mente
