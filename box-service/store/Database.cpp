// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"

#include "store/Migrations.h"
#include "store/StoreLogging.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mente::box {

namespace {
QAtomicInt connectionCounter;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_name);
}

QSqlQuery Database::query() const
{
    return QSqlQuery(connection());
}

Error sqlError(const QSqlQuery &query)
{
    qCWarning(lcStore) << "SQL failed:" << query.lastError().text() << "in" << query.lastQuery().left(200);
    return Error{QStringLiteral("internal"), QStringLiteral("The box's database failed; see the box's log."), {}};
}

void bind(QSqlQuery &query, const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        query.addBindValue(QStringLiteral(""));
    else
        query.addBindValue(value);
}

Status exec(QSqlQuery &query)
{
    if (!query.exec())
        return sqlError(query);
    return success();
}

Status exec(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql))
        return sqlError(query);
    return success();
}

Database::Database(QString name) : m_name(std::move(name)) {}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    const QString name = QStringLiteral("mente-box-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error{QStringLiteral("internal"),
                     QStringLiteral("Cannot open the database %1: %2").arg(path, db.lastError().text()), {}};
    QSqlQuery q(db);
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (const Status s = exec(q, QString::fromLatin1(pragma)); !s)
            return s.error();
    }
    if (const Status s = database->migrate(); !s)
        return s.error();
    return database;
}

int Database::schemaVersion() const
{
    QSqlQuery q = query();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (m_depth > 0) {
        ++m_depth;
        const Status s = work();
        --m_depth;
        return s;
    }
    QSqlDatabase db = connection();
    if (!db.transaction())
        return Error{QStringLiteral("internal"), QStringLiteral("Cannot start a database transaction."), {}};
    ++m_depth;
    const Status s = work();
    --m_depth;
    if (!s) {
        db.rollback();
        return s;
    }
    if (!db.commit()) {
        qCWarning(lcStore) << "commit failed:" << db.lastError().text();
        db.rollback();
        return Error{QStringLiteral("internal"), QStringLiteral("Cannot commit to the database."), {}};
    }
    return success();
}

Status Database::migrate()
{
    const int current = schemaVersion();
    if (current < 0)
        return Error{QStringLiteral("internal"), QStringLiteral("Cannot read the schema version."), {}};
    const QList<Migration> &steps = migrations();
    if (current > steps.size())
        return Error{QStringLiteral("internal"),
                     QStringLiteral("The database has schema version %1, newer than this mente-box knows (%2).")
                         .arg(current)
                         .arg(steps.size()),
                     {}};
    for (int version = current + 1; version <= steps.size(); ++version) {
        const Migration &step = steps.at(version - 1);
        const Status s = transaction([&]() -> Status {
            QSqlQuery q = query();
            for (const QString &sql : step.statements)
                if (const Status r = exec(q, sql); !r)
                    return r;
            return exec(q, QStringLiteral("PRAGMA user_version=%1").arg(version));
        });
        if (!s)
            return s;
        qCInfo(lcStore) << "schema upgraded to version" << version << step.name;
    }
    return success();
}

} // namespace mente::box
