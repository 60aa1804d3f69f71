// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace mente::console {

// A box the console knows: where it is, who logs in, and the certificate it trusts.
// Secrets (password, token) are never here: they live in the SecretVault.
struct BoxRecord
{
    qint64 id = 0;
    QString url; // https://host:port
    QString login;
    QString fingerprint; // sha256:AB:CD:... pinned at first contact
    QDateTime addedAt;

    QString passwordKey() const { return QStringLiteral("box-%1/password").arg(id); }
    QString tokenKey() const { return QStringLiteral("box-%1/token").arg(id); }
    // A device's logins: <prefix>/access and <prefix>/report.
    QString deviceKeyPrefix(qint64 deviceId) const { return QStringLiteral("box-%1/device-%2").arg(id).arg(deviceId); }
};

} // namespace mente::console
