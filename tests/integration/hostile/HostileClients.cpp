// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostileClients.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSslSocket>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace mente::test {

int HostileClients::connectFrom(const char *source, quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_in local{};
    local.sin_family = AF_INET;
    ::inet_pton(AF_INET, source, &local.sin_addr);
    sockaddr_in remote{};
    remote.sin_family = AF_INET;
    remote.sin_port = htons(port);
    ::inet_pton(AF_INET, "127.0.0.1", &remote.sin_addr);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&local), sizeof local) != 0
        || ::connect(fd, reinterpret_cast<sockaddr *>(&remote), sizeof remote) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

void HostileClients::raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

HostileClients::Closed HostileClients::trickle(const std::vector<int> &fds, const QByteArray &prefix, char trickle,
                                               int intervalMs, int limitMs)
{
    QElapsedTimer clock;
    clock.start();
    std::vector<bool> open(fds.size(), true);
    Closed result;
    for (const int fd : fds)
        (void)::send(fd, prefix.constData(), size_t(prefix.size()), MSG_NOSIGNAL);
    qint64 nextSend = intervalMs;
    std::vector<pollfd> polls(fds.size());
    while (clock.elapsed() < limitMs && result.count < int(fds.size())) {
        for (size_t i = 0; i < fds.size(); ++i)
            polls[i] = pollfd{open[i] ? fds[i] : -1, POLLIN, 0};
        ::poll(polls.data(), nfds_t(polls.size()), 50);
        for (size_t i = 0; i < fds.size(); ++i) {
            if (!open[i] || polls[i].revents == 0)
                continue;
            char buffer[4096];
            const ssize_t n = ::recv(fds[i], buffer, sizeof buffer, MSG_DONTWAIT);
            if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)) {
                open[i] = false;
                ++result.count;
                result.latestMs = clock.elapsed();
            }
        }
        if (clock.elapsed() >= nextSend) {
            nextSend += intervalMs;
            for (size_t i = 0; i < fds.size(); ++i)
                if (open[i])
                    (void)::send(fds[i], &trickle, 1, MSG_NOSIGNAL);
        }
    }
    for (size_t i = 0; i < fds.size(); ++i) {
        if (open[i])
            result.openMs.push_back(clock.elapsed());
        ::close(fds[i]);
    }
    return result;
}

QByteArray getRequest(const QByteArray &path, const QByteArray &extraHeaders)
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + extraHeaders + "\r\n";
}

Probe probe(quint16 port, const QString &fingerprint, const QByteArray &request, int timeoutMs, bool untilClose)
{
    Probe result;
    QElapsedTimer clock;
    clock.start();
    const auto left = [&] { return int(qMax<qint64>(1, timeoutMs - clock.elapsed())); };
    QSslSocket socket;
    if (fingerprint.isEmpty()) {
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (!socket.waitForConnected(left()))
            return result;
    } else {
        socket.setPeerVerifyMode(QSslSocket::VerifyNone); // pinned by fingerprint below
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        if (!socket.waitForEncrypted(left()))
            return result;
        const QByteArray digest =
            QCryptographicHash::hash(socket.peerCertificate().toDer(), QCryptographicHash::Sha256).toHex(':').toUpper();
        if (QStringLiteral("sha256:") + QString::fromLatin1(digest) != fingerprint)
            return result;
    }
    socket.write(request);
    QByteArray in;
    qsizetype headEnd = -1;
    qint64 length = -1;
    while (clock.elapsed() < timeoutMs) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(left())) {
            in += socket.readAll();
            break;
        }
        in += socket.readAll();
        if (headEnd < 0 && (headEnd = in.indexOf("\r\n\r\n")) >= 0) {
            result.head = in.left(headEnd);
            for (const QByteArray &line : result.head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
        }
        if (!untilClose && headEnd >= 0 && length >= 0 && in.size() - headEnd - 4 >= length)
            break;
    }
    if (headEnd < 0)
        return result;
    const QList<QByteArray> statusLine = result.head.left(result.head.indexOf('\r')).split(' ');
    result.status = statusLine.size() >= 2 ? statusLine.at(1).toInt() : 0;
    result.body = in.mid(headEnd + 4);
    result.ms = clock.elapsed();
    return result;
}

} // namespace mente::test
