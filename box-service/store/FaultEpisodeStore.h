// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace mente::box {

class Database;

// A fault that was mailed (or would have been) and has not recovered yet (F9): the
// fault_mail_episodes table, one row per target, repeated every repeat_min until it ends.
struct FaultEpisode
{
    QString kind; // the event kind: "device", "port", "box", "vpn"
    qint64 targetId = 0;
    QDateTime startedAt;
    QDateTime lastMailedAt;
    qint64 eventSeq = 0;
    QString cause;
};

class FaultEpisodeStore
{
public:
    explicit FaultEpisodeStore(Database &db) : m_db(db) {}

    // A new fault of the target: replaces an episode it had.
    Status begin(const FaultEpisode &episode);
    Status markMailed(const QString &kind, qint64 targetId, const QDateTime &at);
    Status end(const QString &kind, qint64 targetId);
    std::optional<FaultEpisode> of(const QString &kind, qint64 targetId) const;
    QList<FaultEpisode> all() const; // the oldest first
    int count() const;

private:
    Database &m_db;
};

} // namespace mente::box
