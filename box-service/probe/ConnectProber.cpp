// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/ConnectProber.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <deque>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace mente::box {

namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

struct Attempt
{
    quint32 host = 0; // index into the host list
    quint16 port = 0;
    int attempt = 0;
};

struct Slot // one in-flight socket, indexed by its file descriptor
{
    Attempt what;
    Clock::time_point start;
    quint32 generation = 0;
    bool used = false;
};

struct Pending // in start order, so the oldest is the first to time out
{
    int fd = -1;
    quint32 generation = 0;
    Clock::time_point start;
};

// The target as a socket address; the port is filled in per attempt.
struct Target
{
    sockaddr_storage address{};
    socklen_t length = 0;
    int family = AF_UNSPEC;

    void setPort(quint16 port)
    {
        if (family == AF_INET)
            reinterpret_cast<sockaddr_in *>(&address)->sin_port = htons(port);
        else
            reinterpret_cast<sockaddr_in6 *>(&address)->sin6_port = htons(port);
    }
};

bool makeTarget(const QHostAddress &host, Target *target)
{
    bool isV4 = false;
    const quint32 v4 = host.toIPv4Address(&isV4);
    if (isV4) {
        auto *in = reinterpret_cast<sockaddr_in *>(&target->address);
        in->sin_family = AF_INET;
        in->sin_addr.s_addr = htonl(v4);
        target->length = sizeof(sockaddr_in);
        target->family = AF_INET;
        return true;
    }
    if (host.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&target->address);
        in6->sin6_family = AF_INET6;
        const Q_IPV6ADDR bytes = host.toIPv6Address();
        std::memcpy(&in6->sin6_addr, bytes.c, 16);
        in6->sin6_scope_id = host.scopeId().toUInt();
        target->length = sizeof(sockaddr_in6);
        target->family = AF_INET6;
        return true;
    }
    return false;
}

// True when the socket connected to itself (loopback simultaneous open on the target port).
bool isSelfConnect(int fd, const Target &target, quint16 port)
{
    sockaddr_storage local{};
    socklen_t length = sizeof local;
    if (getsockname(fd, reinterpret_cast<sockaddr *>(&local), &length) != 0)
        return false;
    if (target.family == AF_INET && local.ss_family == AF_INET) {
        const auto *l = reinterpret_cast<const sockaddr_in *>(&local);
        const auto *t = reinterpret_cast<const sockaddr_in *>(&target.address);
        return ntohs(l->sin_port) == port && l->sin_addr.s_addr == t->sin_addr.s_addr;
    }
    if (target.family == AF_INET6 && local.ss_family == AF_INET6) {
        const auto *l = reinterpret_cast<const sockaddr_in6 *>(&local);
        const auto *t = reinterpret_cast<const sockaddr_in6 *>(&target.address);
        return ntohs(l->sin6_port) == port && std::memcmp(&l->sin6_addr, &t->sin6_addr, 16) == 0;
    }
    return false;
}

void closeAbruptly(int fd)
{
    // RST instead of FIN: the service is not left with a half-closed session, and no
    // TIME_WAIT piles up on our side.
    linger off{1, 0};
    setsockopt(fd, SOL_SOCKET, SO_LINGER, &off, sizeof off);
    close(fd);
}

int descriptorBudget()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 256;
    if (limit.rlim_cur < limit.rlim_max && limit.rlim_cur < 65536) {
        limit.rlim_cur = limit.rlim_max < 65536 ? limit.rlim_max : 65536;
        setrlimit(RLIMIT_NOFILE, &limit);
        getrlimit(RLIMIT_NOFILE, &limit);
    }
    // Leave room for the rest of the box (database, API connections, probes).
    return int(limit.rlim_cur > 512 ? limit.rlim_cur - 256 : limit.rlim_cur / 2);
}

} // namespace

ConnectProber::ConnectProber(std::vector<QHostAddress> hosts, std::vector<quint16> ports, PortScanOptions options)
    : m_hosts(std::move(hosts)), m_ports(std::move(ports)), m_options(options)
{}

Result<PortScanSummary> ConnectProber::run()
{
    std::vector<Target> targets(m_hosts.size());
    for (std::size_t i = 0; i < m_hosts.size(); ++i)
        if (!makeTarget(m_hosts[i], &targets[i]))
            return Error::validation(QStringLiteral("ip"), QStringLiteral("Not an IPv4 or IPv6 address."));

    const int epollFd = epoll_create1(EPOLL_CLOEXEC);
    if (epollFd < 0)
        return Error{QStringLiteral("system"), QString::fromLocal8Bit(strerror(errno)), {}};

    const Clock::time_point begin = Clock::now();
    const int total = int(m_ports.size() * m_hosts.size());
    int maxInFlight = qBound(1, qMin(m_options.maxInFlight, descriptorBudget()), 65535);

    // Port-major order: one port on every host, then the next port, so a sweep spreads its
    // packets over the hosts.
    std::deque<Attempt> queue;
    for (const quint16 port : m_ports)
        for (std::size_t h = 0; h < m_hosts.size(); ++h)
            queue.push_back({quint32(h), port, 0});
    std::vector<Slot> inFlightTable;
    std::vector<bool> answered(m_hosts.size(), false);
    std::deque<Pending> order;
    int inFlight = 0;
    int done = 0;
    quint32 generation = 0;
    PortScanSummary summary;

    // Round-trip estimate (RFC 6298): srtt and rttvar in microseconds.
    double srtt = 0;
    double rttvar = 0;
    bool haveRtt = false;
    auto sampleRtt = [&](Clock::duration d) {
        const double r = double(std::chrono::duration_cast<std::chrono::microseconds>(d).count());
        if (!haveRtt) {
            srtt = r;
            rttvar = r / 2;
            haveRtt = true;
        } else {
            rttvar = 0.75 * rttvar + 0.25 * qAbs(srtt - r);
            srtt = 0.875 * srtt + 0.125 * r;
        }
    };
    auto currentTimeout = [&]() -> Clock::duration {
        if (!haveRtt)
            return m_options.initialTimeout;
        const auto rto = std::chrono::microseconds(qint64(srtt + 4 * rttvar));
        return qBound<Clock::duration>(m_options.minTimeout, rto, m_options.maxTimeout);
    };

    const Clock::duration interval =
        m_options.maxRatePps > 0 ? Clock::duration(1s) / m_options.maxRatePps : Clock::duration::zero();
    Clock::time_point nextLaunch = begin;
    Clock::time_point lastProgress = begin;

    auto report = [&](const Attempt &what, ConnectOutcome outcome) {
        ++done;
        switch (outcome) {
        case ConnectOutcome::Open: ++summary.open; break;
        case ConnectOutcome::Refused: ++summary.closed; break;
        case ConnectOutcome::Silent:
        case ConnectOutcome::Unreachable: ++summary.filtered; break;
        }
        if (outcome == ConnectOutcome::Open || outcome == ConnectOutcome::Refused)
            answered[what.host] = true;
        if (m_onResult)
            m_onResult(int(what.host), what.port, outcome);
    };
    auto finishOpen = [&](int fd, const Attempt &what) {
        const bool self = isSelfConnect(fd, targets[what.host], what.port);
        closeAbruptly(fd);
        if (self)
            ++summary.selfConnectsDropped;
        report(what, self ? ConnectOutcome::Refused : ConnectOutcome::Open);
    };
    // Every release is followed by close(), which also takes the socket out of the epoll set.
    auto release = [&](int fd) {
        inFlightTable[std::size_t(fd)].used = false;
        --inFlight;
    };

    epoll_event events[512];
    while (!m_cancelled.load()) {
        // Launch as many attempts as the in-flight bound and the rate allow.
        while (inFlight < maxInFlight && !queue.empty()) {
            const Attempt what = queue.front();
            if (m_options.stopHostOnAnswer && answered[what.host]) {
                queue.pop_front();
                ++done; // the host is known to be up: its other ports are not needed
                continue;
            }
            Clock::time_point now = Clock::now();
            if (interval != Clock::duration::zero()) {
                if (now < nextLaunch)
                    break;
                nextLaunch = qMax(nextLaunch + interval, now - 10 * interval);
            }
            Target &target = targets[what.host];
            const int fd = socket(target.family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            if (fd < 0) {
                if ((errno == EMFILE || errno == ENFILE || errno == ENOBUFS) && inFlight > 0) {
                    maxInFlight = qMax(1, inFlight);
                    break;
                }
                close(epollFd);
                return Error{QStringLiteral("system"), QString::fromLocal8Bit(strerror(errno)), {}};
            }
            target.setPort(what.port);
            const int rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&target.address), target.length);
            const int error = rc == 0 ? 0 : errno;
            now = Clock::now();
            if (rc == 0) {
                queue.pop_front();
                finishOpen(fd, what);
                continue;
            }
            if (error == EINPROGRESS) {
                if (std::size_t(fd) >= inFlightTable.size())
                    inFlightTable.resize(std::size_t(fd) + 64);
                inFlightTable[std::size_t(fd)] = Slot{what, now, ++generation, true};
                epoll_event ev{};
                ev.events = EPOLLOUT;
                ev.data.fd = fd;
                epoll_ctl(epollFd, EPOLL_CTL_ADD, fd, &ev);
                order.push_back({fd, generation, now});
                ++inFlight;
                queue.pop_front();
                continue;
            }
            close(fd);
            if ((error == EAGAIN || error == EADDRNOTAVAIL) && inFlight > 0) {
                maxInFlight = qMax(1, inFlight); // out of local ports: slow down
                break;
            }
            queue.pop_front();
            report(what, error == ECONNREFUSED ? ConnectOutcome::Refused : ConnectOutcome::Unreachable);
        }
        if (queue.empty() && inFlight == 0)
            break;

        // Wait for answers until the oldest attempt times out (or the next launch is due).
        Clock::duration wait = 100ms;
        if (!order.empty())
            wait = qMin(wait, order.front().start + currentTimeout() - Clock::now());
        if (!queue.empty() && inFlight < maxInFlight && interval != Clock::duration::zero())
            wait = qMin(wait, nextLaunch - Clock::now());
        const auto waitMs = std::chrono::ceil<std::chrono::milliseconds>(qMax(wait, Clock::duration::zero()));
        const int n = epoll_wait(epollFd, events, 512, int(waitMs.count()));
        const Clock::time_point now = Clock::now();
        for (int i = 0; i < n; ++i) {
            const int fd = events[i].data.fd;
            Slot &slot = inFlightTable[std::size_t(fd)];
            if (!slot.used)
                continue;
            int error = 0;
            socklen_t length = sizeof error;
            getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length);
            const Attempt what = slot.what;
            const Clock::duration took = now - slot.start;
            release(fd);
            if (error == 0) {
                sampleRtt(took);
                finishOpen(fd, what);
            } else {
                close(fd);
                if (error == ECONNREFUSED)
                    sampleRtt(took);
                report(what, error == ECONNREFUSED ? ConnectOutcome::Refused : ConnectOutcome::Unreachable);
            }
        }
        // Attempts that stayed silent: retry, then call the port filtered.
        const Clock::duration timeout = currentTimeout();
        while (!order.empty()) {
            const Pending p = order.front();
            const Slot &slot = inFlightTable[std::size_t(p.fd)];
            if (!slot.used || slot.generation != p.generation) {
                order.pop_front();
                continue;
            }
            if (now - p.start < timeout)
                break;
            order.pop_front();
            const Attempt what = slot.what;
            release(p.fd);
            close(p.fd);
            if (what.attempt < m_options.retries && !(m_options.stopHostOnAnswer && answered[what.host]))
                queue.push_back({what.host, what.port, what.attempt + 1});
            else
                report(what, ConnectOutcome::Silent);
        }
        if (m_onProgress && now - lastProgress >= 100ms) {
            lastProgress = now;
            m_onProgress(done, total);
        }
    }

    for (std::size_t fd = 0; fd < inFlightTable.size(); ++fd)
        if (inFlightTable[fd].used)
            close(int(fd));
    close(epollFd);
    if (m_cancelled.load())
        return Error{QStringLiteral("cancelled"), QStringLiteral("The scan was cancelled."), {}};
    if (m_onProgress)
        m_onProgress(done, total);
    summary.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - begin);
    summary.smoothedRtt = std::chrono::microseconds(qint64(srtt));
    return summary;
}

} // namespace mente::box
