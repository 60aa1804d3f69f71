// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/OsSupport.h"

#include <QFile>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace mente::console::platform {

bool isWindows()
{
    return false;
}

QString executableName(const QString &base)
{
    return base;
}

long long raiseOpenFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return limit.rlim_cur == RLIM_INFINITY ? -1 : static_cast<long long>(limit.rlim_cur);
}

void detectDeadLinks(qintptr socket, int deadLinkS)
{
    const int fd = int(socket);
    int on = 1;
    setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
#ifdef TCP_USER_TIMEOUT
    unsigned int ms = unsigned(deadLinkS) * 1000u;
    setsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &ms, sizeof ms);
#endif
#ifdef TCP_KEEPIDLE
    int idle = std::max(1, deadLinkS / 2), interval = std::max(1, deadLinkS / 4), count = 2;
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
#endif
}

bool makeOwnerOnlyFifo(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

bool writeFifoIfRead(const QString &path, const QByteArray &data)
{
    // Opening a FIFO for writing without blocking works only once a reader has it open.
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return false;
    const ssize_t n = ::write(fd, data.constData(), size_t(data.size()));
    ::close(fd);
    return n == data.size();
}

bool askTerminal(const QByteArray &prompt, bool secret, QByteArray *answer)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return false;
    std::fputs(prompt.constData(), tty);
    std::fflush(tty);
    termios saved{};
    const bool hide = secret && tcgetattr(fileno(tty), &saved) == 0;
    if (hide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(tty), TCSAFLUSH, &quiet);
    }
    char line[1024];
    const bool got = std::fgets(line, sizeof line, tty) != nullptr;
    if (hide) {
        tcsetattr(fileno(tty), TCSAFLUSH, &saved);
        std::fputs("\n", tty);
    }
    std::fclose(tty);
    if (!got)
        return false;
    *answer = QByteArray(line).trimmed();
    std::memset(line, 0, sizeof line);
    return true;
}

} // namespace mente::console::platform
