// SPDX-License-Identifier: GPL-3.0-or-later
// mente-askpass: OpenSSH's SSH_ASKPASS helper for sessions the console starts. ssh runs it with
// its prompt as the only argument and reads the answer from its standard output. The password
// comes once from the console over the local socket named in MENTE_ASKPASS_SOCKET (a directory
// only this user can enter); any other question (a new host key) and any second password prompt
// are asked on the terminal, where the operator answers them.
#include "platform/OsSupport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocalSocket>

#include <cstdio>

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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray prompt = argc > 1 ? QByteArray(argv[1]) : QByteArray("Password: ");
    const QByteArray socketPath = qgetenv("MENTE_ASKPASS_SOCKET");
    QByteArray answer;
    if (isPasswordPrompt(prompt) && !socketPath.isEmpty())
        answer = fromConsole(socketPath); // empty after the first time: the socket is gone
    if (answer.isEmpty() && !mente::console::platform::askTerminal(prompt, isPasswordPrompt(prompt), &answer))
        return 1; // ssh takes this as "cancelled"
    std::fwrite(answer.constData(), 1, size_t(answer.size()), stdout);
    std::fputc('\n', stdout);
    answer.fill('\0');
    return 0;
}
