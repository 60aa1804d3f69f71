// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/SynScanner.h"

#include <QRandomGenerator>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <deque>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace mente::box {

namespace {
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

enum : quint8 { kPending = 0, kInFlight = 1, kDone = 2 };
constexpr quint8 kFin = 0x01, kSyn = 0x02, kRst = 0x04, kAck = 0x10;

quint32 sequenceFor(quint32 base, quint16 port)
{
    return base ^ (quint32(port) * 0x9e3779b1u);
}
} // namespace

SynScanner::SynScanner(QHostAddress target, std::vector<quint16> ports, PortScanOptions options)
    : m_target(std::move(target)), m_ports(std::move(ports)), m_options(options)
{}

SynScanner::~SynScanner()
{
    if (m_raw >= 0)
        close(m_raw);
    if (m_portHolder >= 0)
        close(m_portHolder);
}

quint16 SynScanner::tcpChecksum(quint32 source, quint32 destination, const unsigned char *segment, int length)
{
    quint32 sum = (source >> 16) + (source & 0xffff) + (destination >> 16) + (destination & 0xffff) + IPPROTO_TCP
                  + quint32(length);
    int i = 0;
    for (; i + 1 < length; i += 2)
        sum += quint32(segment[i] << 8 | segment[i + 1]);
    if (i < length)
        sum += quint32(segment[i] << 8);
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(~sum);
}

Status SynScanner::open()
{
    bool isV4 = false;
    const quint32 target = m_target.toIPv4Address(&isV4);
    if (!isV4 || m_target.isLoopback())
        return Error{QStringLiteral("unavailable"), QStringLiteral("SYN scans are for IPv4 LAN hosts."), {}};
    // Which of our addresses the kernel would use towards the target.
    const int probe = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_addr.s_addr = htonl(target);
    to.sin_port = htons(9);
    sockaddr_in local{};
    socklen_t length = sizeof local;
    const bool routed = probe >= 0 && ::connect(probe, reinterpret_cast<sockaddr *>(&to), sizeof to) == 0
                        && getsockname(probe, reinterpret_cast<sockaddr *>(&local), &length) == 0;
    if (probe >= 0)
        close(probe);
    if (!routed)
        return Error{QStringLiteral("unavailable"), QStringLiteral("No route to the host."), {}};
    m_source = ntohl(local.sin_addr.s_addr);

    m_raw = socket(AF_INET, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_TCP);
    if (m_raw < 0)
        return Error{QStringLiteral("unavailable"), QString::fromLocal8Bit(strerror(errno)), {}};
    int buffer = 4 * 1024 * 1024;
    setsockopt(m_raw, SOL_SOCKET, SO_RCVBUF, &buffer, sizeof buffer);
    // A bound (not listening) TCP socket keeps our source port from any other connection; the
    // kernel answers the services' SYN/ACKs on it with a reset.
    m_portHolder = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    local.sin_port = 0;
    length = sizeof local;
    if (m_portHolder < 0 || bind(m_portHolder, reinterpret_cast<sockaddr *>(&local), sizeof local) != 0
        || getsockname(m_portHolder, reinterpret_cast<sockaddr *>(&local), &length) != 0)
        return Error{QStringLiteral("unavailable"), QString::fromLocal8Bit(strerror(errno)), {}};
    m_sourcePort = ntohs(local.sin_port);
    return success();
}

Result<PortScanSummary> SynScanner::run()
{
    if (m_raw < 0)
        return Error{QStringLiteral("unavailable"), QStringLiteral("open() first."), {}};
    const Clock::time_point begin = Clock::now();
    const quint32 target = m_target.toIPv4Address();
    const quint32 base = QRandomGenerator::system()->generate();
    const int total = int(m_ports.size());
    std::vector<quint8> state(65536, kDone);
    std::vector<quint8> attempts(65536, 0);
    std::vector<Clock::time_point> sentAt(65536);
    for (const quint16 p : m_ports)
        state[p] = kPending;
    std::deque<quint16> queue(m_ports.begin(), m_ports.end());
    std::deque<std::pair<quint16, Clock::time_point>> order; // sends in time order
    int inFlight = 0;
    int done = 0;
    PortScanSummary summary;
    double srtt = 0, rttvar = 0;
    bool haveRtt = false;
    auto timeout = [&]() -> Clock::duration {
        if (!haveRtt)
            return m_options.initialTimeout;
        return qBound<Clock::duration>(m_options.minTimeout, std::chrono::microseconds(qint64(srtt + 4 * rttvar)),
                                       m_options.maxTimeout);
    };
    auto settle = [&](quint16 port, ConnectOutcome outcome) {
        state[port] = kDone;
        --inFlight;
        ++done;
        if (outcome == ConnectOutcome::Open)
            ++summary.open;
        else if (outcome == ConnectOutcome::Refused)
            ++summary.closed;
        else
            ++summary.filtered;
        if (m_onResult)
            m_onResult(port, outcome);
    };

    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_addr.s_addr = htonl(target);
    unsigned char segment[24] = {};
    const int maxInFlight = qMax(1, m_options.maxInFlight);
    Clock::time_point lastProgress = begin;
    unsigned char packet[1600];

    while (!m_cancelled.load()) {
        // Send while the window allows.
        while (inFlight < maxInFlight && !queue.empty()) {
            const quint16 port = queue.front();
            queue.pop_front();
            std::memset(segment, 0, sizeof segment);
            segment[0] = quint8(m_sourcePort >> 8);
            segment[1] = quint8(m_sourcePort);
            segment[2] = quint8(port >> 8);
            segment[3] = quint8(port);
            const quint32 seq = sequenceFor(base, port);
            segment[4] = quint8(seq >> 24);
            segment[5] = quint8(seq >> 16);
            segment[6] = quint8(seq >> 8);
            segment[7] = quint8(seq);
            segment[12] = 6 << 4; // 24-byte header: with the MSS option
            segment[13] = kSyn;
            segment[14] = 0x04; // window 1024
            segment[20] = 2;    // MSS 1460
            segment[21] = 4;
            segment[22] = 0x05;
            segment[23] = 0xb4;
            const quint16 sum = tcpChecksum(m_source, target, segment, sizeof segment);
            segment[16] = quint8(sum >> 8);
            segment[17] = quint8(sum);
            if (sendto(m_raw, segment, sizeof segment, 0, reinterpret_cast<sockaddr *>(&to), sizeof to) < 0
                && (errno == ENOBUFS || errno == EAGAIN)) {
                queue.push_front(port); // the device queue is full: wait for answers first
                break;
            }
            const Clock::time_point now = Clock::now();
            state[port] = kInFlight;
            ++attempts[port];
            sentAt[port] = now;
            order.emplace_back(port, now);
            ++inFlight;
        }
        if (queue.empty() && inFlight == 0)
            break;

        Clock::duration wait = 50ms;
        if (!order.empty())
            wait = qMin(wait, order.front().second + timeout() - Clock::now());
        pollfd pfd{m_raw, POLLIN, 0};
        poll(&pfd, 1, int(std::chrono::ceil<std::chrono::milliseconds>(qMax(wait, Clock::duration::zero())).count()));
        for (;;) {
            const ssize_t n = recv(m_raw, packet, sizeof packet, 0);
            if (n <= 0)
                break;
            const int ihl = (packet[0] & 0x0f) * 4;
            if (n < ihl + 20 || packet[9] != IPPROTO_TCP)
                continue;
            const quint32 from =
                quint32(packet[12]) << 24 | quint32(packet[13]) << 16 | quint32(packet[14]) << 8 | packet[15];
            const unsigned char *tcp = packet + ihl;
            const quint16 port = quint16(tcp[0] << 8 | tcp[1]);
            const quint16 dst = quint16(tcp[2] << 8 | tcp[3]);
            if (from != target || dst != m_sourcePort || state[port] != kInFlight)
                continue;
            const quint32 ack = quint32(tcp[8]) << 24 | quint32(tcp[9]) << 16 | quint32(tcp[10]) << 8 | tcp[11];
            if (ack != sequenceFor(base, port) + 1)
                continue; // not an answer to our SYN
            const quint8 flags = tcp[13];
            const double r =
                double(std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - sentAt[port]).count());
            if (!haveRtt) {
                srtt = r;
                rttvar = r / 2;
                haveRtt = true;
            } else {
                rttvar = 0.75 * rttvar + 0.25 * qAbs(srtt - r);
                srtt = 0.875 * srtt + 0.125 * r;
            }
            if ((flags & (kSyn | kAck)) == (kSyn | kAck))
                settle(port, ConnectOutcome::Open);
            else if (flags & kRst)
                settle(port, ConnectOutcome::Refused);
            else if (flags & kFin)
                settle(port, ConnectOutcome::Silent);
        }
        const Clock::time_point now = Clock::now();
        const Clock::duration limit = timeout();
        while (!order.empty()) {
            const auto [port, when] = order.front();
            if (state[port] != kInFlight || sentAt[port] != when) {
                order.pop_front();
                continue;
            }
            if (now - when < limit)
                break;
            order.pop_front();
            if (attempts[port] <= m_options.retries) {
                state[port] = kPending;
                --inFlight;
                queue.push_back(port);
            } else {
                settle(port, ConnectOutcome::Silent);
            }
        }
        if (m_onProgress && now - lastProgress >= 100ms) {
            lastProgress = now;
            m_onProgress(done, total);
        }
    }
    if (m_cancelled.load())
        return Error{QStringLiteral("cancelled"), QStringLiteral("The scan was cancelled."), {}};
    if (m_onProgress)
        m_onProgress(done, total);
    summary.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - begin);
    summary.smoothedRtt = std::chrono::microseconds(qint64(srtt));
    return summary;
}

} // namespace mente::box
