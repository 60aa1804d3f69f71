// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kernel/ListenAddress.h"
#include "shared/Result.h"

#include <QStringList>

namespace mente::box {

// The command line of mente-box (API.md "Starting a box").
struct BoxOptions
{
    QString dataDir = QStringLiteral("/var/lib/mente-box");
    QString configFile = QStringLiteral("/etc/mente-box/box.conf");
    ListenAddress api{QHostAddress::Any, 8443, QStringLiteral("0.0.0.0")};
    ListenAddress setup{QHostAddress::Any, 80, QStringLiteral("0.0.0.0")};
    bool showVersion = false;
    bool listRoutes = false;

    static Result<BoxOptions> parse(const QStringList &arguments);
};

} // namespace mente::box
