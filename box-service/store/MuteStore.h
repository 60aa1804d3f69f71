// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Mute.h"
#include "shared/Result.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace mente::box {

class Database;

// The mutes table: maintenance windows of a device, a port or the whole box (F7). A mute ends
// at its time; removing one ends it early.
class MuteStore
{
public:
    explicit MuteStore(Database &db) : m_db(db) {}

    Result<Mute> add(const QString &kind, qint64 targetId, const QDateTime &until, const QString &reason,
                     const QString &createdBy, const QDateTime &now);
    QList<Mute> running(const QDateTime &now) const;
    std::optional<Mute> byId(qint64 id) const;
    Status remove(qint64 id);

    // The end of the latest mute covering a target at `now`: its own (kind "device" or "port"),
    // its device's, or the box's. Invalid when none does.
    QDateTime coveringUntil(const QString &kind, qint64 targetId, qint64 deviceId, const QDateTime &now) const;
    QDateTime boxUntil(const QDateTime &now) const; // a mute of the whole box only

private:
    Database &m_db;
};

} // namespace mente::box
