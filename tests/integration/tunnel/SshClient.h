// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <libssh/libssh.h>

namespace mente::test {

// A libssh client for what OpenSSH's client will not do on purpose: send a password or
// keyboard-interactive login the server did not offer, open a session channel, count channels.
class SshClient
{
public:
    SshClient();
    ~SshClient();
    SshClient(const SshClient &) = delete;
    SshClient &operator=(const SshClient &) = delete;

    bool connect(int port); // to 127.0.0.1; key exchange done
    QString error() const;
    QString hostKeyFingerprint() const; // SHA256:…
    int authMethods(const QString &user);
    int authPassword(const QString &user, const QString &password);
    int authKeyboardInteractive(const QString &user);
    int authKey(const QString &user, const QString &privateKeyPath);

    // Whether the server let a session channel (shell, exec, subsystem) open.
    bool openSession();
    // A direct-tcpip channel, or nullptr when refused.
    ssh_channel forward(const QString &host, int port);
    // Writes the request, sends EOF and reads the answer until EOF (bounded by timeoutMs).
    static QByteArray exchange(ssh_channel channel, const QByteArray &request, int timeoutMs = 10000);

private:
    ssh_session m_session;
};

} // namespace mente::test
