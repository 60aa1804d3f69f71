// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ReportStore.h"

#include "shared/TimeFormat.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace mente::box {

namespace {
QString monthKey(const QDate &month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

// The stored JSON with the row's own id and sending time (those change after the build).
std::optional<MonthlyReport> fromRow(const QSqlQuery &q)
{
    auto parsed = MonthlyReport::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
    if (!parsed)
        return std::nullopt;
    MonthlyReport r = std::move(parsed).value();
    r.id = q.value(0).toLongLong();
    r.sentAt = fromIso(q.value(2).toString());
    return r;
}
} // namespace

Result<MonthlyReport> ReportStore::save(MonthlyReport report)
{
    const auto earlier = byMonth(report.month);
    report.rebuilt = earlier.has_value();
    report.sentAt = QDateTime();
    report.id = earlier ? earlier->id : 0;
    const QString body = QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact));
    QSqlQuery q = m_db.query();
    if (earlier) {
        q.prepare(
            QStringLiteral("UPDATE reports SET built_at = ?, partial = ?, body = ?, sent_at = NULL WHERE id = ?"));
        bind(q, toIso(report.builtAt));
        bind(q, report.partial);
        bind(q, body);
        bind(q, report.id);
    } else {
        q.prepare(QStringLiteral("INSERT INTO reports(month, built_at, partial, body) VALUES(?, ?, ?, ?)"));
        bind(q, monthKey(report.month));
        bind(q, toIso(report.builtAt));
        bind(q, report.partial);
        bind(q, body);
    }
    if (const Status s = exec(q); !s)
        return s.error();
    if (!earlier)
        report.id = q.lastInsertId().toLongLong();
    return report;
}

Status ReportStore::markSent(qint64 id, const QDateTime &at)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE reports SET sent_at = ? WHERE id = ?"));
    bind(q, toIso(at));
    bind(q, id);
    return exec(q);
}

QList<ReportSummary> ReportStore::list() const
{
    QList<ReportSummary> out;
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT id, body, sent_at FROM reports ORDER BY month DESC")))
        return out;
    while (q.next())
        if (const auto report = fromRow(q))
            out.append(ReportSummary::of(*report));
    return out;
}

std::optional<MonthlyReport> ReportStore::one(const QString &where, const QVariant &value) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT id, body, sent_at FROM reports WHERE %1 = ?").arg(where));
    bind(q, value);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<MonthlyReport> ReportStore::byId(qint64 id) const
{
    return one(QStringLiteral("id"), id);
}

std::optional<MonthlyReport> ReportStore::byMonth(const QDate &month) const
{
    return one(QStringLiteral("month"), monthKey(month));
}

} // namespace mente::box
