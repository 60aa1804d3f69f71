// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/SetupLanguage.h"

#include <QCoreApplication>
#include <QList>
#include <QLoggingCategory>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcSetup)

namespace mente::box {

SetupLanguage::SetupLanguage() : m_ja(std::make_unique<QTranslator>())
{
    m_loaded = m_ja->load(QStringLiteral(":/i18n/setup_ja.qm"));
    if (!m_loaded)
        qCWarning(lcSetup) << "the Japanese catalogue of the setup page is missing; pages will be in English";
}

SetupLanguage::~SetupLanguage() = default;

QString SetupLanguage::pick(const QByteArray &acceptLanguage)
{
    struct Choice
    {
        QString code;
        double q;
        int order;
    };
    QList<Choice> choices;
    int order = 0;
    for (const QByteArray &part : acceptLanguage.split(',')) {
        const QList<QByteArray> pieces = part.split(';');
        const QString tag = QString::fromLatin1(pieces.value(0).trimmed()).toLower();
        double q = 1.0;
        for (qsizetype i = 1; i < pieces.size(); ++i) {
            const QByteArray p = pieces.at(i).trimmed();
            if (p.startsWith("q=")) {
                bool ok = false;
                q = p.mid(2).toDouble(&ok);
                if (!ok)
                    q = 0;
            }
        }
        const QString primary = tag.section(QLatin1Char('-'), 0, 0);
        if (q > 0 && (primary == QLatin1String("ja") || primary == QLatin1String("en")))
            choices.append({primary, q, order});
        ++order;
    }
    if (choices.isEmpty())
        return QStringLiteral("ja");
    std::stable_sort(choices.begin(), choices.end(), [](const Choice &a, const Choice &b) { return a.q > b.q; });
    return choices.first().code;
}

SetupLanguage::Scope::Scope(SetupLanguage &language, const QString &code)
{
    if (code == QLatin1String("ja") && language.m_loaded && QCoreApplication::instance()
        && QCoreApplication::installTranslator(language.m_ja.get()))
        m_installed = language.m_ja.get();
}

SetupLanguage::Scope::~Scope()
{
    if (m_installed)
        QCoreApplication::removeTranslator(m_installed);
}

} // namespace mente::box
