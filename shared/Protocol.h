// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace mente {

// Protocols the box identifies and the console launches. Any other name an operator types is
// kept as written (trimmed); "" means unknown.
namespace protocol {
inline const QString SSH = QStringLiteral("SSH");
inline const QString RDP = QStringLiteral("RDP");
inline const QString TELNET = QStringLiteral("TELNET");
inline const QString HTTP = QStringLiteral("HTTP");
inline const QString HTTPS = QStringLiteral("HTTPS");
inline const QString VNC = QStringLiteral("VNC");
QStringList known();
} // namespace protocol

// Upper-cases a known name typed in any case; keeps other names. Empty message = good.
QString normalizeProtocol(const QString &name);
QString checkProtocol(const QString &name);

} // namespace mente
