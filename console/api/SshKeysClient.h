// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiScope.h"
#include "shared/SshKey.h"

namespace mente::console {

// The SSH keys scope of a box's API (F12): an operator's public keys for tunnels through the box.
class SshKeysClient : public ApiScope
{
public:
    using ApiScope::ApiScope;

    void list(qint64 operatorId, QObject *context, Then<QList<SshKey>> done) const;
    // line: "ssh-ed25519 AAAA… comment"
    void upload(qint64 operatorId, const QString &line, QObject *context, Then<SshKey> done) const;
};

} // namespace mente::console
