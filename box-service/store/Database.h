// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QString>

#include <functional>
#include <memory>

class QSqlDatabase;
class QSqlQuery;
class QVariant;

namespace mente::box {

// The box's SQLite database: the one truth on the box. WAL, foreign keys on, a schema
// version (PRAGMA user_version) raised step by step by the migrations, each in a transaction.
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<std::unique_ptr<Database>> open(const QString &path);

    // For the store's own files (include <QSqlQuery> there); nothing else speaks SQL.
    QSqlDatabase connection() const;
    QSqlQuery query() const;
    int schemaVersion() const;

    // Runs work inside one transaction: committed when it succeeds, rolled back otherwise.
    // Nested calls join the outer transaction.
    Status transaction(const std::function<Status()> &work);
    bool inTransaction() const { return m_depth > 0; }

private:
    explicit Database(QString name);
    Status migrate();

    QString m_name;
    int m_depth = 0;
};

// Runs a prepared query; on failure logs it and returns an "internal" error.
Status exec(QSqlQuery &query);
Status exec(QSqlQuery &query, const QString &sql);
Error sqlError(const QSqlQuery &query);
// Binds the next value; a null QString is bound as '' (the columns are NOT NULL), while an
// empty QVariant stays SQL NULL.
void bind(QSqlQuery &query, const QVariant &value);

} // namespace mente::box
