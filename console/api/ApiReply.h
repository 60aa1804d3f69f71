// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace mente::console {

// What a box answered to one call (or why it did not).
struct ApiReply
{
    int status = 0; // HTTP status; 0 when no HTTP answer came
    QByteArray body;
    QString networkError;       // set when status is 0
    QString refusedFingerprint; // set when the box presented another certificate than the pinned one
    qint64 tooLargeLimit = 0;   // set when the answer was larger than this many bytes: not read

    bool ok() const { return status >= 200 && status < 300 && tooLargeLimit == 0; }
    bool reached() const { return status != 0; }
    QJsonObject object() const;
    QJsonArray array() const;
    // The box's {"error":{code,message,field}}, or a network error as an Error.
    Error error() const;
};

} // namespace mente::console
