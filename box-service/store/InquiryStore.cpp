// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/InquiryStore.h"

#include "shared/TimeFormat.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace mente::box {

namespace {
const QString kColumns =
    QStringLiteral("id, day, operator_name, channel, subject, body, status, created_at, updated_at");

Inquiry fromRow(const QSqlQuery &q)
{
    Inquiry i;
    i.id = q.value(0).toLongLong();
    i.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    i.operatorName = q.value(2).toString();
    i.channel = q.value(3).toString();
    i.subject = q.value(4).toString();
    i.text = q.value(5).toString();
    i.status = q.value(6).toString();
    i.createdAt = fromIso(q.value(7).toString());
    i.updatedAt = fromIso(q.value(8).toString());
    return i;
}
} // namespace

QList<Inquiry> InquiryStore::list(const QString &status) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM inquiries %2 ORDER BY day DESC, id DESC")
                  .arg(kColumns, status.isEmpty() ? QString() : QStringLiteral("WHERE status = ?")));
    if (!status.isEmpty())
        bind(q, status);
    QList<Inquiry> result;
    if (!q.exec())
        return result;
    while (q.next())
        result.append(fromRow(q));
    return result;
}

std::optional<Inquiry> InquiryStore::byId(qint64 id) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM inquiries WHERE id = ?").arg(kColumns));
    bind(q, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

Result<Inquiry> InquiryStore::insert(const Inquiry &i)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO inquiries(day, operator_name, channel, subject, body, status, created_at,"
                             " updated_at) VALUES(?,?,?,?,?,?,?,?)"));
    for (const QVariant &v : {QVariant(i.date.toString(Qt::ISODate)), QVariant(i.operatorName), QVariant(i.channel),
                              QVariant(i.subject), QVariant(i.text), QVariant(i.status), QVariant(toIso(i.createdAt)),
                              QVariant(toIso(i.updatedAt))})
        bind(q, v);
    if (const Status s = exec(q); !s)
        return s.error();
    return *byId(q.lastInsertId().toLongLong());
}

Status InquiryStore::update(const Inquiry &i)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE inquiries SET day=?, operator_name=?, channel=?, subject=?, body=?, status=?,"
                             " updated_at=? WHERE id=?"));
    for (const QVariant &v : {QVariant(i.date.toString(Qt::ISODate)), QVariant(i.operatorName), QVariant(i.channel),
                              QVariant(i.subject), QVariant(i.text), QVariant(i.status), QVariant(toIso(i.updatedAt)),
                              QVariant(i.id)})
        bind(q, v);
    return exec(q);
}

} // namespace mente::box
