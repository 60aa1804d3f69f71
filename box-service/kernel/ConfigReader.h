// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QSettings>
#include <QStringList>

namespace mente::box {

// Reads one INI value with a range check; errors name "[section] key".
class BoxSecrets;

class ConfigReader
{
public:
    explicit ConfigReader(QSettings &settings, const BoxSecrets *secrets = nullptr)
        : m_settings(settings), m_secrets(secrets)
    {
    }

    int integer(const QString &key, int fallback, int min, int max);
    double number(const QString &key, double fallback, double min, double max);
    QString text(const QString &key, const QString &fallback = {});
    QStringList list(const QString &key);
    QString oneOf(const QString &key, const QString &fallback, const QStringList &allowed);
    // A password or token (BoxSecrets::keys()): box.conf's value while it still holds one, else
    // the secrets file's.
    QString secret(const QString &key);
    QStringList secretsInConfig() const { return m_secretsInConfig; } // keys box.conf still holds

    bool ok() const { return m_error.isEmpty(); }
    Error error() const { return Error::validation(m_field, m_error); }

private:
    void fail(const QString &key, const QString &message);

    QSettings &m_settings;
    const BoxSecrets *m_secrets;
    QStringList m_secretsInConfig;
    QString m_field;
    QString m_error;
};

} // namespace mente::box
