// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/IcmpSweeper.h"

#include <QHash>

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace mente::box {

namespace {
using Clock = std::chrono::steady_clock;
constexpr quint8 kEchoReply = 0;
constexpr quint8 kEchoRequest = 8;
} // namespace

IcmpSweeper::IcmpSweeper(std::vector<QHostAddress> hosts, int ratePps, int timeoutMs)
    : m_hosts(std::move(hosts)), m_ratePps(qMax(1, ratePps)), m_timeoutMs(timeoutMs)
{}

IcmpSweeper::~IcmpSweeper()
{
    if (m_fd >= 0)
        close(m_fd);
}

Result<QString> IcmpSweeper::open(const QString &preference)
{
    if (preference != QStringLiteral("raw")) {
        m_fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, IPPROTO_ICMP);
        if (m_fd >= 0) {
            m_raw = false;
            return QStringLiteral("icmp-datagram");
        }
    }
    const int datagramError = errno;
    if (preference != QStringLiteral("datagram")) {
        m_fd = socket(AF_INET, SOCK_RAW | SOCK_CLOEXEC | SOCK_NONBLOCK, IPPROTO_ICMP);
        if (m_fd >= 0) {
            m_raw = true;
            return QStringLiteral("icmp-raw");
        }
    }
    return Error{
        QStringLiteral("forbidden"),
        QStringLiteral("ICMP is not allowed here (%1); net.ipv4.ping_group_range or CAP_NET_RAW would allow it.")
            .arg(QString::fromLocal8Bit(strerror(datagramError))),
        {}};
}

quint16 IcmpSweeper::checksum(const QByteArray &data)
{
    quint32 sum = 0;
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    qsizetype n = data.size();
    for (; n > 1; p += 2, n -= 2)
        sum += quint32(p[0] << 8 | p[1]);
    if (n == 1)
        sum += quint32(p[0] << 8);
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(~sum);
}

QByteArray IcmpSweeper::echoRequest(quint16 id, quint16 seq)
{
    QByteArray packet(8, '\0');
    packet[0] = char(kEchoRequest);
    packet[4] = char(id >> 8);
    packet[5] = char(id & 0xff);
    packet[6] = char(seq >> 8);
    packet[7] = char(seq & 0xff);
    packet += QByteArrayLiteral("mente-box sweep!");
    const quint16 sum = checksum(packet);
    packet[2] = char(sum >> 8);
    packet[3] = char(sum & 0xff);
    return packet;
}

std::vector<bool> IcmpSweeper::run(const std::function<void(int, int)> &progress)
{
    std::vector<bool> alive(m_hosts.size(), false);
    if (m_fd < 0)
        return alive;
    QHash<quint32, int> index;
    for (std::size_t i = 0; i < m_hosts.size(); ++i)
        index.insert(m_hosts[i].toIPv4Address(), int(i));
    const quint16 id = quint16(::getpid() & 0xffff);
    const Clock::duration interval = std::chrono::microseconds(1000000 / m_ratePps);
    Clock::time_point next = Clock::now();
    Clock::time_point lastSend = next;
    std::size_t sent = 0;
    Clock::time_point lastProgress = next;

    auto receive = [&] {
        unsigned char buffer[1500];
        sockaddr_in from{};
        socklen_t length = sizeof from;
        for (;;) {
            const ssize_t n = recvfrom(m_fd, buffer, sizeof buffer, 0, reinterpret_cast<sockaddr *>(&from), &length);
            if (n <= 0)
                return;
            qsizetype offset = 0;
            if (m_raw) { // a raw socket hands over the IP header too
                offset = (buffer[0] & 0x0f) * 4;
                if (n < offset + 8)
                    continue;
            } else if (n < 8) {
                continue;
            }
            const unsigned char *icmp = buffer + offset;
            if (icmp[0] != kEchoReply)
                continue;
            // A datagram socket's kernel puts its own id in and only passes our replies.
            if (m_raw && (quint16(icmp[4] << 8 | icmp[5]) != id))
                continue;
            const auto it = index.constFind(ntohl(from.sin_addr.s_addr));
            if (it != index.constEnd())
                alive[std::size_t(*it)] = true;
        }
    };

    while (!m_cancelled.load()) {
        const Clock::time_point now = Clock::now();
        if (sent < m_hosts.size() && now >= next) {
            sockaddr_in to{};
            to.sin_family = AF_INET;
            to.sin_addr.s_addr = htonl(m_hosts[sent].toIPv4Address());
            const QByteArray packet = echoRequest(id, quint16(sent));
            sendto(m_fd, packet.constData(), std::size_t(packet.size()), 0, reinterpret_cast<sockaddr *>(&to),
                   sizeof to);
            ++sent;
            next = qMax(next + interval, now - 10 * interval);
            lastSend = now;
            continue;
        }
        if (sent == m_hosts.size() && now - lastSend >= std::chrono::milliseconds(m_timeoutMs))
            break;
        const Clock::time_point wake = sent < m_hosts.size() ? next : lastSend + std::chrono::milliseconds(m_timeoutMs);
        const auto waitMs = std::chrono::ceil<std::chrono::milliseconds>(qMax(wake - now, Clock::duration::zero()));
        pollfd p{m_fd, POLLIN, 0};
        if (poll(&p, 1, int(qMin<qint64>(waitMs.count(), 100))) > 0)
            receive();
        if (progress && now - lastProgress >= std::chrono::milliseconds(100)) {
            lastProgress = now;
            progress(int(sent), int(m_hosts.size()));
        }
    }
    receive();
    if (progress)
        progress(int(sent), int(m_hosts.size()));
    return alive;
}

} // namespace mente::box
