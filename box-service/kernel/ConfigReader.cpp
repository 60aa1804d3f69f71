// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel/ConfigReader.h"

#include "kernel/BoxSecrets.h"

namespace mente::box {

namespace {
QString iniName(const QString &key)
{
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    return QStringLiteral("[%1] %2").arg(key.left(slash), key.mid(slash + 1));
}
} // namespace

void ConfigReader::fail(const QString &key, const QString &message)
{
    if (m_error.isEmpty()) {
        m_field = iniName(key);
        m_error = QStringLiteral("%1: %2").arg(m_field, message);
    }
}

int ConfigReader::integer(const QString &key, int fallback, int min, int max)
{
    return int(number(key, fallback, min, max));
}

double ConfigReader::number(const QString &key, double fallback, double min, double max)
{
    if (!m_settings.contains(key))
        return fallback;
    bool ok = false;
    const double value = m_settings.value(key).toString().trimmed().toDouble(&ok);
    if (!ok || value < min || value > max) {
        fail(key, QStringLiteral("must be a number from %1 to %2, not \"%3\".")
                      .arg(min)
                      .arg(max)
                      .arg(m_settings.value(key).toString()));
        return fallback;
    }
    return value;
}

QString ConfigReader::text(const QString &key, const QString &fallback)
{
    const QVariant value = m_settings.value(key);
    if (!value.isValid())
        return fallback;
    // QSettings splits a value with commas into a list; a text key wants it whole.
    return value.typeId() == QMetaType::QStringList ? value.toStringList().join(QLatin1Char(',')).trimmed()
                                                    : value.toString().trimmed();
}

QStringList ConfigReader::list(const QString &key)
{
    QStringList items;
    const QVariant value = m_settings.value(key);
    const QStringList raw =
        value.typeId() == QMetaType::QStringList ? value.toStringList() : value.toString().split(QLatin1Char(','));
    for (const QString &item : raw)
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    return items;
}

QString ConfigReader::oneOf(const QString &key, const QString &fallback, const QStringList &allowed)
{
    const QString value = text(key, fallback);
    if (!allowed.contains(value))
        fail(key, QStringLiteral("must be one of %1, not \"%2\".").arg(allowed.join(QStringLiteral(", ")), value));
    return value;
}

QString ConfigReader::secret(const QString &key)
{
    // An empty "password=" in box.conf (as in a template) sets nothing.
    if (const QString inConfig = text(key); !inConfig.isEmpty()) {
        m_secretsInConfig << key;
        return inConfig;
    }
    return m_secrets ? m_secrets->value(key) : QString();
}

} // namespace mente::box
