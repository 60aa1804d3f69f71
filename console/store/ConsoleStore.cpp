// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ConsoleStore.h"

#include "shared/TimeFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStore, "mente.console.store")

namespace mente::console {

namespace {
constexpr int SchemaVersion = 1;

Error sqlError(const QSqlError &e)
{
    return Error{QStringLiteral("database"), e.text(), {}};
}
} // namespace

ConsoleStore::ConsoleStore(QString path)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("mente-console-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

ConsoleStore::~ConsoleStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Status ConsoleStore::open()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open())
        return sqlError(db.lastError());
    exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    return migrate();
}

Status ConsoleStore::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(sql)) {
        qCWarning(lcStore) << "SQL failed:" << q.lastError().text();
        return sqlError(q.lastError());
    }
    return success();
}

Status ConsoleStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA user_version"));
    const int version = q.next() ? q.value(0).toInt() : 0;
    if (version >= SchemaVersion)
        return success();
    // Each step upgrades one version inside the same transaction.
    db.transaction();
    if (version < 1) {
        const QString steps[] = {
            QStringLiteral("CREATE TABLE boxes (id INTEGER PRIMARY KEY AUTOINCREMENT, url TEXT NOT NULL UNIQUE, "
                           "login TEXT NOT NULL, fingerprint TEXT NOT NULL, added_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE box_cache (box_id INTEGER PRIMARY KEY REFERENCES boxes(id) ON DELETE CASCADE, "
                           "status_json TEXT, last_contact TEXT, last_seq INTEGER NOT NULL DEFAULT 0, "
                           "muted_until TEXT, acknowledged INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral(
                "CREATE TABLE device_cache (box_id INTEGER PRIMARY KEY REFERENCES boxes(id) ON DELETE CASCADE, "
                "devices_json TEXT NOT NULL)"),
        };
        for (const QString &sql : steps)
            if (Status s = exec(sql); !s) {
                db.rollback();
                return s;
            }
    }
    if (Status s = exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion)); !s) {
        db.rollback();
        return s;
    }
    db.commit();
    return success();
}

bool ConsoleStore::begin()
{
    return QSqlDatabase::database(m_connection).transaction();
}
bool ConsoleStore::commit()
{
    return QSqlDatabase::database(m_connection).commit();
}

Result<BoxRecord> ConsoleStore::addBox(BoxRecord record)
{
    record.addedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO boxes (url, login, fingerprint, added_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(record.url);
    q.addBindValue(record.login);
    q.addBindValue(record.fingerprint);
    q.addBindValue(toIso(record.addedAt));
    if (!q.exec()) {
        if (q.lastError().nativeErrorCode() == QLatin1String("2067"))
            return Error{QStringLiteral("conflict"),
                         QCoreApplication::translate("mente::console::ConsoleStore", "This box is already in the fleet."),
                         QStringLiteral("url")};
        return sqlError(q.lastError());
    }
    record.id = q.lastInsertId().toLongLong();
    QSqlQuery c(QSqlDatabase::database(m_connection));
    c.prepare(QStringLiteral("INSERT INTO box_cache (box_id) VALUES (?)"));
    c.addBindValue(record.id);
    if (!c.exec())
        return sqlError(c.lastError());
    return record;
}

Status ConsoleStore::updateBox(const BoxRecord &record)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE boxes SET url = ?, login = ?, fingerprint = ? WHERE id = ?"));
    q.addBindValue(record.url);
    q.addBindValue(record.login);
    q.addBindValue(record.fingerprint);
    q.addBindValue(record.id);
    return q.exec() ? success() : Status(sqlError(q.lastError()));
}

Status ConsoleStore::removeBox(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM boxes WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() ? success() : Status(sqlError(q.lastError()));
}

QList<CachedBox> ConsoleStore::loadBoxes() const
{
    QList<CachedBox> boxes;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
        "SELECT b.id, b.url, b.login, b.fingerprint, b.added_at, c.status_json, c.last_contact, "
        "c.last_seq, c.muted_until, c.acknowledged FROM boxes b LEFT JOIN box_cache c ON c.box_id = b.id "
        "ORDER BY b.id"));
    while (q.next()) {
        CachedBox box;
        box.record.id = q.value(0).toLongLong();
        box.record.url = q.value(1).toString();
        box.record.login = q.value(2).toString();
        box.record.fingerprint = q.value(3).toString();
        box.record.addedAt = fromIso(q.value(4).toString());
        const QByteArray json = q.value(5).toByteArray();
        if (!json.isEmpty()) {
            auto status = BoxStatus::fromJson(QJsonDocument::fromJson(json).object());
            if (status) {
                box.status = status.value();
                box.hasStatus = true;
            }
        }
        box.lastContact = fromIso(q.value(6).toString());
        box.lastSeq = q.value(7).toLongLong();
        box.mutedUntil = fromIso(q.value(8).toString());
        box.acknowledged = q.value(9).toBool();
        boxes.append(box);
    }
    return boxes;
}

Status ConsoleStore::saveStatus(qint64 boxId, const BoxStatus &status, const QDateTime &contact)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE box_cache SET status_json = ?, last_contact = ? WHERE box_id = ?"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(status.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(toIso(contact));
    q.addBindValue(boxId);
    return q.exec() ? success() : Status(sqlError(q.lastError()));
}

Status ConsoleStore::saveLastSeq(qint64 boxId, qint64 seq)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE box_cache SET last_seq = ? WHERE box_id = ?"));
    q.addBindValue(seq);
    q.addBindValue(boxId);
    return q.exec() ? success() : Status(sqlError(q.lastError()));
}

Status ConsoleStore::saveLocalState(qint64 boxId, const QDateTime &mutedUntil, bool acknowledged)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE box_cache SET muted_until = ?, acknowledged = ? WHERE box_id = ?"));
    q.addBindValue(mutedUntil.isValid() ? toIso(mutedUntil) : QString());
    q.addBindValue(acknowledged ? 1 : 0);
    q.addBindValue(boxId);
    return q.exec() ? success() : Status(sqlError(q.lastError()));
}

Status ConsoleStore::saveDevices(qint64 boxId, const QList<Device> &devices)
{
    QJsonArray array;
    for (const Device &d : devices)
        array.append(d.toJson());
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO device_cache (box_id, devices_json) VALUES (?, ?)"));
    q.addBindValue(boxId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    return q.exec() ? success() : Status(sqlError(q.lastError()));
}

QList<Device> ConsoleStore::loadDevices(qint64 boxId) const
{
    QList<Device> devices;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT devices_json FROM device_cache WHERE box_id = ?"));
    q.addBindValue(boxId);
    if (!q.exec() || !q.next())
        return devices;
    const QJsonArray array = QJsonDocument::fromJson(q.value(0).toByteArray()).array();
    devices.reserve(array.size());
    for (const QJsonValue &v : array)
        if (auto d = Device::fromJson(v.toObject()))
            devices.append(d.value());
    return devices;
}

} // namespace mente::console
