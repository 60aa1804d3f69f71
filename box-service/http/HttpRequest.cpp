// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/HttpRequest.h"

namespace mente::box {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

int HttpRequest::headerCount(const QByteArray &name) const
{
    int count = 0;
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            ++count;
    return count;
}

bool HttpRequest::headerHasToken(const QByteArray &name, const QByteArray &token) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &item : value.split(','))
            if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
                return true;
    }
    return false;
}

bool HttpRequest::keepAlive() const
{
    if (headerHasToken("Connection", "close"))
        return false;
    return minorVersion >= 1 || headerHasToken("Connection", "keep-alive");
}

} // namespace mente::box
