// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/IcmpPinger.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTimer>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/ip.h>
#include <netinet/ip_icmp.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcPing, "mente.probe.icmp")

namespace mente::box {

namespace {
quint16 checksum(const unsigned char *data, size_t size)
{
    quint32 sum = 0;
    for (size_t i = 0; i + 1 < size; i += 2)
        sum += quint32(data[i]) << 8 | data[i + 1];
    if (size % 2)
        sum += quint32(data[size - 1]) << 8;
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(~sum);
}

qint64 monotonicNs()
{
    static QElapsedTimer timer;
    if (!timer.isValid())
        timer.start();
    return timer.nsecsElapsed();
}

int openSocket(int type)
{
    const int fd = ::socket(AF_INET, type | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_ICMP);
    return fd;
}
} // namespace

IcmpPinger::IcmpPinger(SocketKind kind, QObject *parent) : QObject(parent)
{
    if (kind == SocketKind::Auto || kind == SocketKind::Datagram) {
        m_fd = openSocket(SOCK_DGRAM);
        if (m_fd >= 0)
            m_kind = SocketKind::Datagram;
        else
            qCInfo(lcPing) << "no ICMP datagram socket:" << std::strerror(errno)
                           << "(net.ipv4.ping_group_range does not cover this group)";
    }
    if (m_fd < 0 && (kind == SocketKind::Auto || kind == SocketKind::Raw)) {
        m_fd = openSocket(SOCK_RAW);
        if (m_fd >= 0)
            m_kind = SocketKind::Raw;
        else
            qCInfo(lcPing) << "no raw ICMP socket:" << std::strerror(errno);
    }
    if (m_fd < 0) {
        qCWarning(lcPing) << "ICMP echo is not permitted: devices are checked by a TCP connect to a known port";
        return;
    }
    if (m_kind == SocketKind::Raw) {
        // A raw socket sees every ICMP packet of the host: let the kernel keep only echo replies.
        // (linux/icmp.h's ICMP_FILTER = 1 and its one-word mask; that header clashes with netinet's.)
        constexpr int kIcmpFilter = 1;
        const quint32 blocked = ~(1U << ICMP_ECHOREPLY);
        ::setsockopt(m_fd, SOL_RAW, kIcmpFilter, &blocked, sizeof(blocked));
    }
    // Room for a burst of replies (thousands of targets share this socket).
    const int buffer = 1 << 20;
    if (::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUFFORCE, &buffer, sizeof(buffer)) != 0)
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &buffer, sizeof(buffer));
    m_ident = quint16(::getpid() & 0xffff);
    m_notifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &IcmpPinger::readReplies);
    qCInfo(lcPing) << "alive checks by" << method();
}

IcmpPinger::~IcmpPinger()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QString IcmpPinger::method() const
{
    switch (m_kind) {
    case SocketKind::Datagram: return QStringLiteral("icmp");
    case SocketKind::Raw: return QStringLiteral("icmp-raw");
    default: break;
    }
    return {};
}

void IcmpPinger::ping(const QHostAddress &address, int timeoutMs, QObject *context, Callback callback)
{
    bool ok = false;
    const quint32 ipv4 = address.toIPv4Address(&ok);
    if (!available() || !ok) {
        QTimer::singleShot(0, context, [callback] { callback(-1, QStringLiteral("no icmp")); });
        return;
    }
    quint16 seq = m_nextSeq++;
    while (m_pending.contains(seq) || seq == 0)
        seq = m_nextSeq++;

    unsigned char packet[sizeof(icmphdr) + 16] = {};
    auto *header = reinterpret_cast<icmphdr *>(packet);
    header->type = ICMP_ECHO;
    header->code = 0;
    header->un.echo.id = htons(m_ident); // the kernel replaces it on a datagram socket
    header->un.echo.sequence = htons(seq);
    std::memcpy(packet + sizeof(icmphdr), "mente-box alive ", 16);
    const quint16 sum = checksum(packet, sizeof(packet));
    header->checksum = htons(sum);

    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_addr.s_addr = htonl(ipv4);
    if (::sendto(m_fd, packet, sizeof(packet), 0, reinterpret_cast<const sockaddr *>(&to), sizeof(to)) < 0) {
        const QString cause = errno == ENETUNREACH || errno == EHOSTUNREACH ? QStringLiteral("unreachable")
                                                                            : QStringLiteral("send failed");
        QTimer::singleShot(0, context, [callback, cause] { callback(-1, cause); });
        return;
    }
    m_pending.insert(seq, Pending{ipv4, monotonicNs(), context, std::move(callback)});
    QTimer::singleShot(timeoutMs, this, [this, seq] { finish(seq, -1, QStringLiteral("timeout")); });
}

void IcmpPinger::readReplies()
{
    unsigned char buffer[1500];
    for (;;) {
        sockaddr_in from{};
        socklen_t fromSize = sizeof(from);
        const ssize_t n = ::recvfrom(m_fd, buffer, sizeof(buffer), 0, reinterpret_cast<sockaddr *>(&from), &fromSize);
        if (n < 0)
            return; // EAGAIN: drained
        const unsigned char *icmp = buffer;
        size_t size = size_t(n);
        if (m_kind == SocketKind::Raw) { // a raw socket hands over the IP header too
            const size_t ipHeader = size_t(buffer[0] & 0x0f) * 4;
            if (size < ipHeader + sizeof(icmphdr))
                continue;
            icmp += ipHeader;
            size -= ipHeader;
        }
        if (size < sizeof(icmphdr))
            continue;
        const auto *header = reinterpret_cast<const icmphdr *>(icmp);
        if (header->type != ICMP_ECHOREPLY)
            continue;
        if (m_kind == SocketKind::Raw && ntohs(header->un.echo.id) != m_ident)
            continue;
        const quint16 seq = ntohs(header->un.echo.sequence);
        const auto it = m_pending.constFind(seq);
        if (it == m_pending.constEnd() || it->address != ntohl(from.sin_addr.s_addr))
            continue;
        const qint64 rttNs = monotonicNs() - it->sentNs;
        finish(seq, int(rttNs / 1000000), {});
    }
}

void IcmpPinger::finish(quint16 seq, int rttMs, const QString &cause)
{
    const auto it = m_pending.find(seq);
    if (it == m_pending.end())
        return;
    const Pending pending = std::move(*it);
    m_pending.erase(it);
    if (pending.context)
        pending.callback(rttMs, cause);
}

} // namespace mente::box
