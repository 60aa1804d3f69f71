// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QTemporaryDir>

namespace mente::test {

// A lab of network namespaces made by a script ("SCRIPT up ID DIR" writes DIR/lab.env,
// "SCRIPT down ID DIR" removes everything). The id is the test's PID, so a later run can tell a
// dead run's lab and reap it.
class NamespaceLab
{
public:
    explicit NamespaceLab(QString script);
    ~NamespaceLab();

    bool up(); // false: error() says why
    void down();

    bool ready() const { return m_ready; }
    QString error() const { return m_error; }
    QString dir() const { return m_dir.path(); }
    QString value(const QString &key) const { return m_env.value(key); }
    quint16 port(const QString &key) const { return quint16(m_env.value(key).toUInt()); }

private:
    bool run(const QStringList &args, QString *output) const;

    QString m_script;
    QTemporaryDir m_dir;
    bool m_ready = false;
    QString m_error;
    QMap<QString, QString> m_env;
};

} // namespace mente::test
