// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Clock.h"
#include "shared/Result.h"

#include <QDateTime>
#include <QJsonArray>

namespace mente::box {

class Database;

// Who did what, when, from where. Every change made through the API or the setup page is
// written here; secrets never are.
struct AuditEntry
{
    qint64 operatorId = 0;
    QString login;
    QString address;
    QString action; // "operator.create", "session.login.failed", ...
    QString target;
    QString detail;
};

class AuditLog
{
public:
    AuditLog(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Status record(const AuditEntry &entry);
    QJsonArray list(qint64 afterId, int limit) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace mente::box
