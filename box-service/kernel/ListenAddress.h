// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QHostAddress>

namespace mente::box {

// An ADDRESS:PORT the box listens on (--api-listen, --setup-listen, [tunnel] listen).
struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;
    QString text; // as given, for the printed lines
};

// Reads ADDRESS:PORT ("localhost" and [v6] allowed); errors name the option.
Result<ListenAddress> parseListenAddress(const QString &text, const QString &option);

} // namespace mente::box
