// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/SshKeyPair.h"

namespace mente::console {

ssh_key SshKeyPair::importPrivate(const QByteArray &openSshPrivateKey)
{
    ssh_key key = nullptr;
    if (ssh_pki_import_privkey_base64(openSshPrivateKey.constData(), nullptr, nullptr, nullptr, &key) != SSH_OK)
        return nullptr;
    return key;
}

QString SshKeyPair::fingerprintOf(ssh_key key)
{
    unsigned char *hash = nullptr;
    size_t length = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != SSH_OK)
        return {};
    char *text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
    const QString fingerprint = QString::fromLatin1(text);
    ssh_string_free_char(text);
    ssh_clean_pubkey_hash(&hash);
    return fingerprint;
}

QString SshKeyPair::serverFingerprint(ssh_session session)
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(session, &key) != SSH_OK)
        return {};
    const QString fingerprint = fingerprintOf(key);
    ssh_key_free(key);
    return fingerprint;
}

SshKeyPair SshKeyPair::fromPrivate(const QByteArray &openSshPrivateKey)
{
    SshKeyPair pair;
    ssh_key key = importPrivate(openSshPrivateKey);
    if (!key)
        return pair;
    char *b64 = nullptr;
    if (ssh_pki_export_pubkey_base64(key, &b64) == SSH_OK) {
        pair.m_private = openSshPrivateKey;
        pair.m_publicBase64 = QString::fromLatin1(b64);
        pair.m_fingerprint = fingerprintOf(key);
        ssh_string_free_char(b64);
    }
    ssh_key_free(key);
    return pair;
}

SshKeyPair SshKeyPair::generate()
{
    ssh_key key = nullptr;
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &key) != SSH_OK)
        return {};
    char *text = nullptr;
    const int rc = ssh_pki_export_privkey_base64(key, nullptr, nullptr, nullptr, &text);
    ssh_key_free(key);
    if (rc != SSH_OK)
        return {};
    const QByteArray privateKey(text);
    ssh_string_free_char(text);
    return fromPrivate(privateKey);
}

QString SshKeyPair::publicLine(const QString &comment) const
{
    QString line = QStringLiteral("ssh-ed25519 ") + m_publicBase64;
    if (!comment.isEmpty())
        line += QLatin1Char(' ') + comment;
    return line;
}

QString SshKeyPair::fingerprint() const
{
    return m_fingerprint;
}

} // namespace mente::console
