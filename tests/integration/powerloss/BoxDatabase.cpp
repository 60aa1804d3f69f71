// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoxDatabase.h"

#include <QAtomicInt>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace mente::test {

namespace {
QAtomicInt connections;

QByteArray messageIdOf(const QByteArray &mime)
{
    static const QRegularExpression header(QStringLiteral("(?mi)^Message-ID:\\s*(<[^>\\r\\n]*>)"));
    const QRegularExpressionMatch m = header.match(QString::fromLatin1(mime));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

QStringList column(QSqlQuery &q)
{
    QStringList rows;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i)
            fields << q.value(i).toString();
        rows << fields.join(QLatin1Char('|'));
    }
    return rows;
}
} // namespace

BoxDatabase::BoxDatabase(const QString &path)
    : m_name(QStringLiteral("powerloss-reader-%1").arg(connections.fetchAndAddRelaxed(1)))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    m_open = db.open();
    if (!m_open)
        m_error = db.lastError().text();
}

BoxDatabase::~BoxDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QStringList BoxDatabase::integrityCheck() const
{
    QSqlQuery q(QSqlDatabase::database(m_name));
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return {QStringLiteral("cannot run integrity_check: ") + q.lastError().text()};
    return column(q);
}

QStringList BoxDatabase::foreignKeyCheck() const
{
    QSqlQuery q(QSqlDatabase::database(m_name));
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return {QStringLiteral("cannot run foreign_key_check: ") + q.lastError().text()};
    return column(q);
}

qint64 BoxDatabase::number(const QString &sql) const
{
    QSqlQuery q(QSqlDatabase::database(m_name));
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QList<OutboxRow> BoxDatabase::outbox() const
{
    QList<OutboxRow> rows;
    QSqlQuery q(QSqlDatabase::database(m_name));
    if (!q.exec(QStringLiteral("SELECT id, kind, state, recipients, attempts, interrupted, event_seq, message"
                               " FROM outbox ORDER BY id")))
        return rows;
    while (q.next()) {
        OutboxRow r;
        r.id = q.value(0).toLongLong();
        r.kind = q.value(1).toString();
        r.state = q.value(2).toString();
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array())
            r.recipients << v.toString();
        r.attempts = q.value(4).toInt();
        r.interrupted = q.value(5).toInt();
        r.eventSeq = q.value(6).toLongLong();
        r.messageId = messageIdOf(q.value(7).toString().toLatin1());
        rows << r;
    }
    return rows;
}

QList<StateEvent> BoxDatabase::stateEvents() const
{
    QList<StateEvent> events;
    QSqlQuery q(QSqlDatabase::database(m_name));
    if (!q.exec(QStringLiteral("SELECT seq, kind, target_id, from_state, to_state, detail FROM events"
                               " WHERE kind IN ('device', 'port') ORDER BY seq")))
        return events;
    while (q.next()) {
        StateEvent e;
        e.seq = q.value(0).toLongLong();
        e.kind = q.value(1).toString();
        e.targetId = q.value(2).toLongLong();
        e.from = q.value(3).toString();
        e.to = q.value(4).toString();
        e.detail = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        events << e;
    }
    return events;
}

} // namespace mente::test
