// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mente::test {

// One row of the box's outbox as the database holds it.
struct OutboxRow
{
    qint64 id = 0;
    QString kind;
    QString state;
    QStringList recipients;
    int attempts = 0;
    int interrupted = 0; // sends the box could not see finish: each may have delivered the mail
    qint64 eventSeq = 0;
    QByteArray messageId; // from the stored MIME text
};

// One state change of a device or port (the events that mail).
struct StateEvent
{
    qint64 seq = 0;
    QString kind;
    qint64 targetId = 0;
    QString from;
    QString to;
    QJsonObject detail;
};

// The box's SQLite database opened read-only from outside (after a kill, before the restart,
// or beside a running box: WAL lets a reader in), as a support engineer would open it.
class BoxDatabase
{
public:
    explicit BoxDatabase(const QString &path);
    ~BoxDatabase();
    BoxDatabase(const BoxDatabase &) = delete;
    BoxDatabase &operator=(const BoxDatabase &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }

    QStringList integrityCheck() const;      // PRAGMA integrity_check: {"ok"} when sound
    QStringList foreignKeyCheck() const;     // PRAGMA foreign_key_check: one line per orphan row
    qint64 number(const QString &sql) const; // the first column of the first row, -1 on failure
    QList<OutboxRow> outbox() const;
    QList<StateEvent> stateEvents() const;

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

} // namespace mente::test
