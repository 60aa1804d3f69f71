// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Device.h"
#include "shared/Result.h"
#include "store/CachedBox.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace mente::console {

// The console's local SQLite database (Qt Sql): the boxes it manages and a cache of their last
// known state, so the console opens at once while it reconnects. Never holds a secret.
class ConsoleStore
{
public:
    explicit ConsoleStore(QString path);
    ~ConsoleStore();
    ConsoleStore(const ConsoleStore &) = delete;
    ConsoleStore &operator=(const ConsoleStore &) = delete;

    Status open(); // creates or upgrades the schema
    QString path() const { return m_path; }

    Result<BoxRecord> addBox(BoxRecord record); // fills id and addedAt
    Status updateBox(const BoxRecord &record);
    Status removeBox(qint64 id);
    QList<CachedBox> loadBoxes() const;

    Status saveStatus(qint64 boxId, const BoxStatus &status, const QDateTime &contact);
    Status saveLastSeq(qint64 boxId, qint64 seq);
    Status saveLocalState(qint64 boxId, const QDateTime &mutedUntil, bool acknowledged);
    Status saveDevices(qint64 boxId, const QList<Device> &devices);
    QList<Device> loadDevices(qint64 boxId) const;

    // Many writes in one transaction (the benchmark fills a fleet this way).
    bool begin();
    bool commit();

private:
    Status exec(const QString &sql);
    Status migrate();

    QString m_path;
    QString m_connection;
};

} // namespace mente::console
