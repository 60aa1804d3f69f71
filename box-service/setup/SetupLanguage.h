// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QTranslator>

#include <memory>

namespace mente::box {

// The setup page speaks Japanese or English, chosen per request from Accept-Language
// (Japanese when the browser says nothing we know). The Japanese catalogue is compiled into the
// box (:/i18n/setup_ja.qm); while a Japanese page is built it is installed in the application,
// so tr() / QCoreApplication::translate("SetupPage", ...) answer in Japanese.
class SetupLanguage
{
public:
    SetupLanguage();
    ~SetupLanguage();

    static QString pick(const QByteArray &acceptLanguage); // "ja" or "en"
    bool japaneseLoaded() const { return m_loaded; }

    // Installs the catalogue of a language for as long as it lives.
    class Scope
    {
    public:
        Scope(SetupLanguage &language, const QString &code);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        QTranslator *m_installed = nullptr;
    };

private:
    std::unique_ptr<QTranslator> m_ja;
    bool m_loaded = false;
};

} // namespace mente::box
