// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/TunnelKeyDirectory.h"

#include "shared/SshKey.h"
#include "store/StoreLogging.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mente::box {

namespace {
QAtomicInt directoryCounter;

const QString kActiveKey = QStringLiteral(
    "SELECT k.id, k.operator_id, o.login, k.blob FROM ssh_keys k JOIN operators o ON o.id = k.operator_id"
    " WHERE %1 AND o.enabled = 1 AND o.removed_at IS NULL");
} // namespace

TunnelKeyDirectory::TunnelKeyDirectory(const QString &databasePath)
    : m_name(QStringLiteral("mente-tunnel-%1").arg(directoryCounter.fetchAndAddRelaxed(1)))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(databasePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db.open())
        qCWarning(lcStore) << "cannot read the key table:" << db.lastError().text();
}

TunnelKeyDirectory::~TunnelKeyDirectory()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

std::optional<TunnelIdentity> TunnelKeyDirectory::find(const QByteArray &blob) const
{
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    q.prepare(kActiveKey.arg(QStringLiteral("k.fingerprint = ?")));
    q.addBindValue(SshPublicKey::fingerprintOf(blob));
    if (!q.exec()) {
        qCWarning(lcStore) << "key lookup failed:" << q.lastError().text();
        return std::nullopt;
    }
    if (!q.next() || QByteArray::fromBase64(q.value(3).toString().toLatin1()) != blob)
        return std::nullopt;
    return TunnelIdentity{q.value(1).toLongLong(), q.value(0).toLongLong(), q.value(2).toString()};
}

bool TunnelKeyDirectory::stillAllowed(const TunnelIdentity &identity) const
{
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    q.prepare(kActiveKey.arg(QStringLiteral("k.id = ?")));
    q.addBindValue(identity.keyId);
    return q.exec() && q.next() && q.value(1).toLongLong() == identity.operatorId;
}

} // namespace mente::box
