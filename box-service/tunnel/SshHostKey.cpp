// SPDX-License-Identifier: GPL-3.0-or-later
#include "tunnel/SshHostKey.h"

#include "shared/SshKey.h"
#include "tunnel/TunnelLogging.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <libssh/libssh.h>
#include <memory>

namespace mente::box {

namespace {
struct KeyFree
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using KeyPtr = std::unique_ptr<std::remove_pointer_t<ssh_key>, KeyFree>;

Error keyError(const QString &what)
{
    return Error{QStringLiteral("internal"), what, QStringLiteral("ssh-host-key")};
}

Result<QString> fingerprintOf(ssh_key key)
{
    char *base64 = nullptr;
    if (ssh_pki_export_pubkey_base64(key, &base64) != SSH_OK || !base64)
        return keyError(QStringLiteral("Cannot read the SSH host key's public half."));
    const QByteArray blob = QByteArray::fromBase64(QByteArray(base64));
    ssh_string_free_char(base64);
    return SshPublicKey::fingerprintOf(blob);
}

Status create(const QString &path)
{
    ssh_key raw = nullptr;
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &raw) != SSH_OK)
        return keyError(QStringLiteral("Cannot make an ed25519 SSH host key."));
    const KeyPtr key(raw);
    char *text = nullptr;
    if (ssh_pki_export_privkey_base64(key.get(), nullptr, nullptr, nullptr, &text) != SSH_OK || !text)
        return keyError(QStringLiteral("Cannot write the SSH host key."));
    const QByteArray pem(text);
    ssh_string_free_char(text);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(pem) != pem.size() || !file.commit())
        return keyError(QStringLiteral("Cannot write the SSH host key to %1: %2").arg(path, file.errorString()));
    qCInfo(lcTunnel) << "made a new SSH host key" << path;
    return success();
}
} // namespace

Result<SshHostKey> SshHostKey::loadOrCreate(const QString &dataDir)
{
    const QString path = QDir(dataDir).filePath(QStringLiteral("ssh_host_ed25519_key"));
    if (!QFile::exists(path))
        if (const Status s = create(path); !s)
            return s.error();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ssh_key raw = nullptr;
    if (ssh_pki_import_privkey_file(QFile::encodeName(path).constData(), nullptr, nullptr, nullptr, &raw) != SSH_OK)
        return keyError(QStringLiteral("The SSH host key %1 cannot be read (remove it to make a new one).").arg(path));
    const KeyPtr key(raw);
    auto fingerprint = fingerprintOf(key.get());
    if (!fingerprint)
        return fingerprint.error();
    return SshHostKey{path, fingerprint.value()};
}

} // namespace mente::box
