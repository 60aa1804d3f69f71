// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace mente::box {

// Who a public key logs in as.
struct TunnelIdentity
{
    qint64 operatorId = 0;
    qint64 keyId = 0;
    QString login;
};

// Looks up login keys for one connection's worker thread, on its own read-only SQLite
// connection to the box's database (WAL lets it read while the Qt thread writes). Only keys of
// enabled operators who are not removed count. Make, use and destroy it on one thread.
class TunnelKeyDirectory
{
public:
    explicit TunnelKeyDirectory(const QString &databasePath);
    ~TunnelKeyDirectory();
    TunnelKeyDirectory(const TunnelKeyDirectory &) = delete;
    TunnelKeyDirectory &operator=(const TunnelKeyDirectory &) = delete;

    std::optional<TunnelIdentity> find(const QByteArray &blob) const;
    // Whether the key still logs in (checked again before each new channel).
    bool stillAllowed(const TunnelIdentity &identity) const;

private:
    QString m_name;
};

} // namespace mente::box
