// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QMap>
#include <QStringList>

class QSettings;

namespace mente::box {

// The passwords and tokens of the box's configuration, kept out of box.conf in a file of the
// data dir that only its owner may read (docs/configuration.md, "Secrets"). Keys are box.conf's
// own ("mail/password"). The file is JSON, one string per key, and is replaced atomically: a new
// file made with mode 0600 before its first byte, synced, renamed over the old one, the folder
// synced. A key box.conf still holds with a value (a hand-written or older box) is in force over
// the file's and moves into the file the next time the box saves its settings (takeFrom).
class BoxSecrets
{
public:
    static const QStringList &keys(); // the keys of box.conf that are secrets
    static QString fileIn(const QString &dataDir);

    // A missing file holds nothing; an unreadable or malformed one is an error naming the file.
    static Result<BoxSecrets> read(const QString &path);

    QString path() const { return m_path; }
    QString value(const QString &key) const { return m_values.value(key); }
    void set(const QString &key, const QString &value); // an empty value removes the key
    // Moves every secret the INI file still holds into these values and removes it there (the
    // caller syncs the INI file after write()). Returns the keys it moved.
    QStringList takeFrom(QSettings &config);
    Status write() const;

private:
    explicit BoxSecrets(QString path) : m_path(std::move(path)) {}

    QString m_path;
    QMap<QString, QString> m_values;
};

} // namespace mente::box
