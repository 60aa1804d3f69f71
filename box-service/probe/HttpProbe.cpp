// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/HttpProbe.h"

#include "shared/Protocol.h"

namespace mente::box {

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
} // namespace

QString HttpProbe::protocol() const
{
    return m_overTls ? protocol::HTTPS : protocol::HTTP;
}

QByteArray HttpProbe::request(const QString &host) const
{
    QByteArray hostHeader = host.toLatin1();
    if (host.contains(QLatin1Char(':')))
        hostHeader = '[' + hostHeader + ']'; // IPv6 literal
    return QByteArrayLiteral("GET / HTTP/1.0\r\nHost: ") + hostHeader
           + QByteArrayLiteral("\r\nUser-Agent: mente-box\r\nAccept: */*\r\nConnection: close\r\n\r\n");
}

ProbeVerdict HttpProbe::parse(const QByteArray &received) const
{
    // status-line = HTTP-version SP status-code SP [reason-phrase]; HTTP-version = "HTTP/" DIGIT "." DIGIT
    // (HTTP/2 and /3 in the short form a few servers write are accepted too).
    static const QByteArray name = QByteArrayLiteral("HTTP/");
    const qsizetype n = qMin(received.size(), name.size());
    if (received.left(n) != name.left(n))
        return ProbeVerdict::NoMatch;
    qsizetype i = name.size();
    auto need = [&](qsizetype index) { return index >= received.size(); };
    if (need(i))
        return ProbeVerdict::NeedMore;
    if (!isDigit(received.at(i)))
        return ProbeVerdict::NoMatch;
    ++i;
    if (need(i))
        return ProbeVerdict::NeedMore;
    if (received.at(i) == '.') {
        ++i;
        if (need(i))
            return ProbeVerdict::NeedMore;
        if (!isDigit(received.at(i)))
            return ProbeVerdict::NoMatch;
        ++i;
        if (need(i))
            return ProbeVerdict::NeedMore;
    }
    if (received.at(i) != ' ')
        return ProbeVerdict::NoMatch;
    ++i;
    for (int k = 0; k < 3; ++k, ++i) {
        if (need(i))
            return ProbeVerdict::NeedMore;
        if (!isDigit(received.at(i)))
            return ProbeVerdict::NoMatch;
    }
    if (received.at(i - 3) < '1' || received.at(i - 3) > '5')
        return ProbeVerdict::NoMatch;
    if (need(i))
        return ProbeVerdict::NeedMore;
    const char after = received.at(i);
    return after == ' ' || after == '\r' || after == '\n' ? ProbeVerdict::Match : ProbeVerdict::NoMatch;
}

std::optional<int> HttpProbe::statusCode(const QByteArray &received)
{
    if (HttpProbe().parse(received) != ProbeVerdict::Match)
        return std::nullopt;
    // A match is "HTTP/" version SP three digits: the code follows the first space.
    const qsizetype at = received.indexOf(' ') + 1;
    return (received.at(at) - '0') * 100 + (received.at(at + 1) - '0') * 10 + (received.at(at + 2) - '0');
}

} // namespace mente::box
