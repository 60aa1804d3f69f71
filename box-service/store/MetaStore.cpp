// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/MetaStore.h"

#include "store/Database.h"
#include "store/StoreLogging.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace mente::box {

Result<std::optional<QString>> MetaStore::read(const QString &key) const
{
    return m_cache.get(key, [&]() -> Result<std::optional<QString>> {
        QSqlQuery q = m_db.query();
        q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        bind(q, key);
        if (!q.exec())
            return sqlError(q);
        if (!q.next())
            return std::optional<QString>();
        return std::optional<QString>(q.value(0).toString());
    });
}

Result<QJsonObject> MetaStore::readObject(const QString &key) const
{
    const auto text = read(key);
    if (!text)
        return text.error();
    return *text ? QJsonDocument::fromJson((*text)->toUtf8()).object() : QJsonObject();
}

std::optional<QString> MetaStore::value(const QString &key) const
{
    auto text = read(key);
    if (!text) {
        qCWarning(lcStore).noquote() << "cannot read the meta value" << key << "- taken as absent this once";
        return std::nullopt;
    }
    return std::move(text).value();
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
