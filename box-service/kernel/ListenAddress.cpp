// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel/ListenAddress.h"

namespace mente::box {

Result<ListenAddress> parseListenAddress(const QString &text, const QString &option)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return Error::validation(option, QStringLiteral("--%1 wants ADDRESS:PORT, e.g. 127.0.0.1:8443.").arg(option));
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return Error::validation(option,
                                 QStringLiteral("--%1: the port must be 0-65535 (0 picks a free one).").arg(option));
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(host))
        return Error::validation(option, QStringLiteral("--%1: \"%2\" is not an IP address.").arg(option, host));
    return ListenAddress{address, quint16(port), host};
}

} // namespace mente::box
