// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/MetaStore.h"

#include "store/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace mente::box {

std::optional<QString> MetaStore::value(const QString &key) const
{
    return m_cache.get(key, [&]() -> std::optional<QString> {
        QSqlQuery q = m_db.query();
        q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        bind(q, key);
        if (!q.exec() || !q.next())
            return std::nullopt;
        return q.value(0).toString();
    });
}

Status MetaStore::setValue(const QString &key, const QString &value)
{
    m_cache.clear();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    bind(q, key);
    bind(q, value);
    return exec(q);
}

QJsonObject MetaStore::object(const QString &key) const
{
    const auto text = value(key);
    return text ? QJsonDocument::fromJson(text->toUtf8()).object() : QJsonObject();
}

Status MetaStore::setObject(const QString &key, const QJsonObject &value)
{
    return setValue(key, QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
}

} // namespace mente::box
