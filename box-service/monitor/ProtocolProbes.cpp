// SPDX-License-Identifier: GPL-3.0-or-later
// The small probes behind ServiceProbe::forProtocol(), one per protocol the monitor speaks.
#include "monitor/ServiceProbe.h"
#include "shared/Protocol.h"

#include <QRegularExpression>

namespace mente::box {

namespace {

class TcpProbe final : public ServiceProbe
{
public:
    QString method() const override { return QStringLiteral("tcp"); }
    bool upOnConnect() const override { return true; }
    Verdict judge(const QByteArray &, QString &) const override { return Verdict::Up; }
};

// HTTP/1.0 GET /; any status below 500 means the server works (401 and 404 included).
class HttpProbe final : public ServiceProbe
{
public:
    explicit HttpProbe(bool tls) : m_tls(tls) {}
    QString method() const override { return m_tls ? QStringLiteral("https") : QStringLiteral("http"); }
    bool tls() const override { return m_tls; }
    QByteArray greeting(const QString &host) const override
    {
        return "GET / HTTP/1.0\r\nHost: " + host.toLatin1()
               + "\r\nUser-Agent: mente-box-monitor\r\n"
                 "Accept: */*\r\nConnection: close\r\n\r\n";
    }
    Verdict judge(const QByteArray &received, QString &cause) const override
    {
        const qsizetype eol = received.indexOf('\n');
        if (eol < 0)
            return received.size() > 4096 ? bad(cause) : Verdict::NeedMore;
        static const QRegularExpression statusLine(QStringLiteral("^HTTP/\\d(\\.\\d)? (\\d{3})"));
        const auto match = statusLine.match(QString::fromLatin1(received.left(eol)));
        if (!match.hasMatch())
            return bad(cause);
        const int status = match.captured(2).toInt();
        if (status >= 500) {
            cause = QStringLiteral("http %1").arg(status);
            return Verdict::Down;
        }
        return Verdict::Up;
    }
    QString silentCause() const override { return QStringLiteral("no http answer"); }

private:
    static Verdict bad(QString &cause)
    {
        cause = QStringLiteral("bad http answer");
        return Verdict::Down;
    }
    bool m_tls;
};

// RDP: an X.224 Connection Request (with an RDP negotiation request) must get a Connection Confirm.
class RdpProbe final : public ServiceProbe
{
public:
    QString method() const override { return QStringLiteral("rdp"); }
    QByteArray greeting(const QString &) const override
    {
        static const char request[] = {0x03, 0x00, 0x00, 0x13, 0x0e, char(0xe0), 0x00, 0x00, 0x00, 0x00,
                                       0x00, 0x01, 0x00, 0x08, 0x00, 0x03,       0x00, 0x00, 0x00};
        return QByteArray(request, sizeof(request));
    }
    Verdict judge(const QByteArray &received, QString &cause) const override
    {
        if (received.size() < 6)
            return Verdict::NeedMore;
        if (received.at(0) == 0x03 && received.at(1) == 0x00 && (quint8(received.at(5)) & 0xf0) == 0xd0)
            return Verdict::Up;
        cause = QStringLiteral("bad x.224 answer");
        return Verdict::Down;
    }
    QString silentCause() const override { return QStringLiteral("no x.224 answer"); }
};

// VNC: the server speaks first with "RFB xxx.yyy\n".
class VncProbe final : public ServiceProbe
{
public:
    QString method() const override { return QStringLiteral("rfb"); }
    Verdict judge(const QByteArray &received, QString &cause) const override
    {
        if (received.size() < 12)
            return Verdict::NeedMore;
        static const QRegularExpression version(QStringLiteral("^RFB \\d{3}\\.\\d{3}\\n"));
        if (version.match(QString::fromLatin1(received.left(12))).hasMatch())
            return Verdict::Up;
        cause = QStringLiteral("bad banner");
        return Verdict::Down;
    }
    QString silentCause() const override { return QStringLiteral("no rfb banner"); }
};

// TELNET: option negotiation (IAC WILL/WONT/DO/DONT) or a printable prompt.
class TelnetProbe final : public ServiceProbe
{
public:
    QString method() const override { return QStringLiteral("telnet"); }
    Verdict judge(const QByteArray &received, QString &cause) const override
    {
        if (received.isEmpty())
            return Verdict::NeedMore;
        if (quint8(received.at(0)) == 0xff) {
            if (received.size() < 2)
                return Verdict::NeedMore;
            const quint8 verb = quint8(received.at(1));
            if (verb >= 0xfa) // SB, WILL, WONT, DO, DONT, IAC
                return Verdict::Up;
            cause = QStringLiteral("bad telnet negotiation");
            return Verdict::Down;
        }
        for (const char c : received)
            if (!(QChar::fromLatin1(c).isPrint() || c == '\r' || c == '\n' || c == '\t')) {
                cause = QStringLiteral("bad banner");
                return Verdict::Down;
            }
        return Verdict::Up;
    }
    QString silentCause() const override { return QStringLiteral("no telnet greeting"); }
};

} // namespace

std::unique_ptr<ServiceProbe> ServiceProbe::forProtocol(const QString &name)
{
    const QString p = normalizeProtocol(name);
    if (p == protocol::HTTP)
        return std::make_unique<HttpProbe>(false);
    if (p == protocol::HTTPS)
        return std::make_unique<HttpProbe>(true);
    if (p == protocol::RDP)
        return std::make_unique<RdpProbe>();
    if (p == protocol::VNC)
        return std::make_unique<VncProbe>();
    if (p == protocol::TELNET)
        return std::make_unique<TelnetProbe>();
    return std::make_unique<TcpProbe>();
}

} // namespace mente::box
