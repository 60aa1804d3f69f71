// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <libssh/libssh.h>

namespace mente::console {

// The console's ed25519 key: made at first use, the private half kept in the vault as OpenSSH
// text, the public half uploaded to each box as an authorized key.
class SshKeyPair
{
public:
    static SshKeyPair generate(); // invalid on failure
    static SshKeyPair fromPrivate(const QByteArray &openSshPrivateKey);

    bool isValid() const { return !m_private.isEmpty(); }
    const QByteArray &privateKey() const { return m_private; }
    QString publicLine(const QString &comment) const; // "ssh-ed25519 AAAA… comment"
    QString fingerprint() const;                      // "SHA256:…"

    // Helpers for libssh handles.
    static ssh_key importPrivate(const QByteArray &openSshPrivateKey); // caller frees; null on failure
    static QString fingerprintOf(ssh_key key);
    static QString serverFingerprint(ssh_session session);

private:
    QByteArray m_private;
    QString m_publicBase64;
    QString m_fingerprint;
};

} // namespace mente::console
