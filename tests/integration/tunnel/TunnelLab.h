// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace mente::test {

// What a command printed and how it ended.
struct CommandResult
{
    int code = -1; // -1: did not finish in time or crashed
    QByteArray out;
    QByteArray err;
};

// The tunnel test's lab on loopback: tunnel_lab.py's servers (HTTP and echo on 127.0.0.1, HTTP
// on 127.0.0.2 outside the box's [lan] cidrs), SSH keys made with ssh-keygen, a known_hosts
// file made with ssh-keyscan, and the real OpenSSH client run against the box.
class TunnelLab
{
public:
    TunnelLab();
    ~TunnelLab();

    bool start(); // false when the servers did not come up
    int httpPort() const { return m_httpPort; }
    int echoPort() const { return m_echoPort; }
    int outsidePort() const { return m_outsidePort; }
    // The file the HTTP servers serve as /big.bin (random bytes, bigger than SSH's windows).
    const QByteArray &payload() const { return m_payload; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A new ed25519 key pair (no passphrase); returns the private key's path.
    QString makeKey(const QString &name);
    static QString publicKey(const QString &privateKeyPath);
    // ssh-keyscan of the endpoint into known_hosts; returns the SHA256 fingerprint ssh-keygen -l prints.
    QString scanHostKey(int port);

    // `ssh` with the lab's options (known_hosts pinned, this key only, no agent, no config).
    QStringList sshOptions(const QString &key, int port, const QString &user = QStringLiteral("mente-tunnel")) const;
    static CommandResult run(const QString &program, const QStringList &args, const QByteArray &input = {},
                             int timeoutMs = 20000);
    // An HTTP/1.0 GET through `ssh -W host:port`; the whole answer, headers included.
    CommandResult fetchThrough(const QString &key, int sshPort, const QString &host, int port, const QString &path);

    static int freePort();
    static QByteArray body(const QByteArray &httpAnswer);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_servers;
    int m_httpPort = 0;
    int m_echoPort = 0;
    int m_outsidePort = 0;
    QByteArray m_payload;
};

} // namespace mente::test
