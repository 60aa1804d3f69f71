// SPDX-License-Identifier: GPL-3.0-or-later
// mente-askpass: OpenSSH's SSH_ASKPASS helper for sessions the console starts. ssh runs it with
// its prompt as the only argument and reads the answer from its standard output. The password
// comes once from the console over the local socket named in MENTE_ASKPASS_SOCKET (a directory
// only this user can enter); any other question (a new host key) and any second password prompt
// are asked on the terminal, where the operator answers them.
#include <QByteArray>
#include <QCoreApplication>
#include <QLocalSocket>

#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace {

bool isPasswordPrompt(const QByteArray &prompt)
{
    const QByteArray p = prompt.toLower();
    return (p.contains("password") || p.contains("passphrase")) && !p.contains("yes/no");
}

QByteArray fromConsole(const QByteArray &socketPath)
{
    QLocalSocket socket;
    socket.connectToServer(QString::fromLocal8Bit(socketPath));
    if (!socket.waitForConnected(3000)) {
        std::fprintf(stderr, "mente-askpass: %s\n", qPrintable(socket.errorString()));
        return {};
    }
    QByteArray secret;
    // The console writes the secret and closes: read until the end, however it arrives.
    while (socket.waitForReadyRead(3000) || socket.bytesAvailable() > 0)
        secret += socket.readAll();
    secret += socket.readAll();
    if (secret.isEmpty())
        std::fprintf(stderr, "mente-askpass: the console sent nothing (%s)\n", qPrintable(socket.errorString()));
    return secret;
}

// Asks on the controlling terminal; false when there is none (a session without a terminal).
bool fromTerminal(const QByteArray &prompt, bool secret, QByteArray *answer)
{
#ifdef Q_OS_UNIX
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
#else
    Q_UNUSED(prompt);
    Q_UNUSED(secret);
    Q_UNUSED(answer);
    return false;
#endif
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray prompt = argc > 1 ? QByteArray(argv[1]) : QByteArray("Password: ");
    const QByteArray socketPath = qgetenv("MENTE_ASKPASS_SOCKET");
    QByteArray answer;
    if (isPasswordPrompt(prompt) && !socketPath.isEmpty())
        answer = fromConsole(socketPath); // empty after the first time: the socket is gone
    if (answer.isEmpty() && !fromTerminal(prompt, isPasswordPrompt(prompt), &answer))
        return 1; // ssh takes this as "cancelled"
    std::fwrite(answer.constData(), 1, size_t(answer.size()), stdout);
    std::fputc('\n', stdout);
    answer.fill('\0');
    return 0;
}
