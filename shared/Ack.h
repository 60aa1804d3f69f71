// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QJsonObject>

namespace mente {

// The answer to POST /devices/{id}/ack and /ports/{id}/ack: the fault is known and being handled.
struct AckResult
{
    QString kind; // "device" or "port"
    qint64 id = 0;
    bool acknowledged = true;

    QJsonObject toJson() const;
    static Result<AckResult> fromJson(const QJsonObject &json);
};

} // namespace mente
