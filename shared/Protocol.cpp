// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/Protocol.h"

namespace mente {

QStringList protocol::known()
{
    return {SSH, RDP, TELNET, HTTP, HTTPS, VNC};
}

QString normalizeProtocol(const QString &name)
{
    const QString trimmed = name.trimmed();
    for (const QString &known : protocol::known())
        if (trimmed.compare(known, Qt::CaseInsensitive) == 0)
            return known;
    return trimmed;
}

QString checkProtocol(const QString &name)
{
    if (name.size() > 32)
        return QStringLiteral("A protocol name has at most 32 characters.");
    for (const QChar c : name)
        if (!c.isPrint())
            return QStringLiteral("A protocol name contains only printable characters.");
    return {};
}

} // namespace mente
