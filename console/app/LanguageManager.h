// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTranslator>

namespace mente::console {

// Loads the console's translation (embedded .qm) and Qt's own: Japanese on a Japanese system,
// else English, unless the settings name one.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);

    static QString systemLanguage();     // "ja" or "en", from QLocale
    bool apply(const QString &language); // "" follows the system; false when no such translation
    QString current() const { return m_current; }

private:
    QTranslator m_console;
    QTranslator m_qt;
    QString m_current;
};

} // namespace mente::console
