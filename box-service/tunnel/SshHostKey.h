// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QString>

namespace mente::box {

// The tunnel endpoint's SSH host key: ed25519, made at first start as ssh_host_ed25519_key in
// the data dir (0600, OpenSSH's private key format), kept across restarts. Consoles pin its
// fingerprint (GET /box sshHostKey).
struct SshHostKey
{
    QString path;
    QString fingerprint; // SHA256:… as ssh-keygen -l prints it

    static Result<SshHostKey> loadOrCreate(const QString &dataDir);
};

} // namespace mente::box
