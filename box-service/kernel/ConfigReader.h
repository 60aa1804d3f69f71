// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QSettings>
#include <QStringList>

namespace mente::box {

// Reads one INI value with a range check; errors name "[section] key".
class ConfigReader
{
public:
    explicit ConfigReader(QSettings &settings) : m_settings(settings) {}

    int integer(const QString &key, int fallback, int min, int max);
    double number(const QString &key, double fallback, double min, double max);
    QString text(const QString &key, const QString &fallback = {});
    QStringList list(const QString &key);
    QString oneOf(const QString &key, const QString &fallback, const QStringList &allowed);

    bool ok() const { return m_error.isEmpty(); }
    Error error() const { return Error::validation(m_field, m_error); }

private:
    void fail(const QString &key, const QString &message);

    QSettings &m_settings;
    QString m_field;
    QString m_error;
};

} // namespace mente::box
