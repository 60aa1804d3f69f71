// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/AuditLog.h"

#include "shared/Clock.h"
#include "shared/TimeFormat.h"
#include "store/Database.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace mente::box {

Status AuditLog::record(const AuditEntry &entry)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
        "INSERT INTO audit(at, operator_id, login, address, action, target, detail) VALUES(?,?,?,?,?,?,?)"));
    bind(q, toIso(m_clock.now()));
    bind(q, entry.operatorId > 0 ? QVariant(entry.operatorId) : QVariant());
    bind(q, entry.login);
    bind(q, entry.address);
    bind(q, entry.action);
    bind(q, entry.target);
    bind(q, entry.detail);
    return exec(q);
}

QJsonArray AuditLog::list(qint64 afterId, int limit) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT id, at, operator_id, login, address, action, target, detail FROM audit"
                             " WHERE id > ? ORDER BY id LIMIT ?"));
    bind(q, afterId);
    bind(q, limit);
    QJsonArray rows;
    if (!q.exec())
        return rows;
    while (q.next()) {
        rows.append(QJsonObject{
            {QStringLiteral("id"), q.value(0).toLongLong()},
            {QStringLiteral("at"), q.value(1).toString()},
            {QStringLiteral("operatorId"), q.value(2).isNull() ? QJsonValue() : QJsonValue(q.value(2).toLongLong())},
            {QStringLiteral("login"), q.value(3).toString()},
            {QStringLiteral("address"), q.value(4).toString()},
            {QStringLiteral("action"), q.value(5).toString()},
            {QStringLiteral("target"), q.value(6).toString()},
            {QStringLiteral("detail"), q.value(7).toString()},
        });
    }
    return rows;
}

} // namespace mente::box
