// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/OperatorStore.h"

#include "shared/TimeFormat.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace mente::box {

namespace {
const QString kColumns =
    QStringLiteral("id, grp, admin, name, email, receives_fault_mail, phone, login, enabled, language, "
                   "must_change_password, created_at, removed_at, password_hash");

StoredOperator fromRow(const QSqlQuery &q)
{
    StoredOperator s;
    Operator &op = s.op;
    op.id = q.value(0).toLongLong();
    op.group = q.value(1).toString();
    op.admin = q.value(2).toBool();
    op.name = q.value(3).toString();
    op.email = q.value(4).toString();
    op.receivesFaultMail = q.value(5).toBool();
    op.phone = q.value(6).toString();
    op.login = q.value(7).toString();
    op.enabled = q.value(8).toBool();
    op.language = q.value(9).toString();
    op.mustChangePassword = q.value(10).toBool();
    op.createdAt = fromIso(q.value(11).toString());
    op.removedAt = q.value(12).isNull() ? QDateTime() : fromIso(q.value(12).toString());
    s.passwordHash = q.value(13).toString();
    return s;
}

QVariant isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(toIso(t)) : QVariant();
}
} // namespace

Result<std::optional<StoredOperator>> OperatorStore::byId(qint64 id) const
{
    return m_byId.get(id, [&]() -> Result<std::optional<StoredOperator>> {
        QSqlQuery q = m_db.query();
        q.prepare(QStringLiteral("SELECT %1 FROM operators WHERE id = ?").arg(kColumns));
        bind(q, id);
        if (!q.exec())
            return sqlError(q);
        if (!q.next())
            return std::optional<StoredOperator>();
        return std::optional<StoredOperator>(fromRow(q));
    });
}

std::optional<StoredOperator> OperatorStore::activeByLogin(const QString &login) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM operators WHERE login = ? AND removed_at IS NULL").arg(kColumns));
    bind(q, login);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

QList<Operator> OperatorStore::list(bool includeRemoved) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM operators %2 ORDER BY id")
                  .arg(kColumns, includeRemoved ? QString() : QStringLiteral("WHERE removed_at IS NULL")));
    QList<Operator> result;
    if (!q.exec())
        return result;
    while (q.next())
        result.append(fromRow(q).op);
    return result;
}

int OperatorStore::count() const
{
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM operators")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

int OperatorStore::activeAdminCount(const QList<qint64> &excluding) const
{
    int n = 0;
    for (const Operator &op : list(false))
        if (op.admin && op.enabled && !excluding.contains(op.id))
            ++n;
    return n;
}

bool OperatorStore::loginTaken(const QString &login, qint64 exceptId) const
{
    const auto existing = activeByLogin(login);
    return existing && existing->op.id != exceptId;
}

Result<qint64> OperatorStore::insert(const Operator &op, const QString &passwordHash)
{
    m_byId.clear();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
        "INSERT INTO operators(grp, admin, name, email, receives_fault_mail, phone, login, password_hash,"
        " enabled, language, must_change_password, created_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v :
         {QVariant(op.group), QVariant(op.admin), QVariant(op.name), QVariant(op.email), QVariant(op.receivesFaultMail),
          QVariant(op.phone), QVariant(op.login), QVariant(passwordHash), QVariant(op.enabled), QVariant(op.language),
          QVariant(op.mustChangePassword), isoOrNull(op.createdAt)})
        bind(q, v);
    if (const Status s = exec(q); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Status OperatorStore::update(const Operator &op)
{
    m_byId.clear();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE operators SET grp=?, admin=?, name=?, email=?, receives_fault_mail=?, phone=?,"
                             " login=?, enabled=?, language=? WHERE id=?"));
    for (const QVariant &v :
         {QVariant(op.group), QVariant(op.admin), QVariant(op.name), QVariant(op.email), QVariant(op.receivesFaultMail),
          QVariant(op.phone), QVariant(op.login), QVariant(op.enabled), QVariant(op.language), QVariant(op.id)})
        bind(q, v);
    return exec(q);
}

Status OperatorStore::setPassword(qint64 id, const QString &passwordHash, bool mustChange)
{
    m_byId.clear();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE operators SET password_hash=?, must_change_password=? WHERE id=?"));
    bind(q, passwordHash);
    bind(q, mustChange);
    bind(q, id);
    return exec(q);
}

Status OperatorStore::markRemoved(qint64 id, const QDateTime &at)
{
    m_byId.clear();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE operators SET removed_at=?, enabled=0 WHERE id=? AND removed_at IS NULL"));
    bind(q, toIso(at));
    bind(q, id);
    return exec(q);
}

} // namespace mente::box
