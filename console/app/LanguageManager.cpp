// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace mente::console {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

QString LanguageManager::systemLanguage()
{
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

bool LanguageManager::apply(const QString &language)
{
    const QString lang = language.isEmpty() ? systemLanguage() : language;
    if (lang != QLatin1String("ja") && lang != QLatin1String("en"))
        return false;
    QCoreApplication::removeTranslator(&m_console);
    QCoreApplication::removeTranslator(&m_qt);
    if (!m_console.load(QStringLiteral(":/i18n/mente_%1.qm").arg(lang)))
        return false;
    QCoreApplication::installTranslator(&m_console);
    if (m_qt.load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    m_current = lang;
    QLocale::setDefault(QLocale(lang == QLatin1String("ja") ? QLocale::Japanese : QLocale::English));
    return true;
}

} // namespace mente::console
