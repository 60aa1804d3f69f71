// SPDX-License-Identifier: GPL-3.0-or-later
#include "notify/MailTemplates.h"

#include <QFile>
#include <QMutex>
#include <QRegularExpression>

#include <optional>

namespace mente::box {

namespace {
QString resourcePath(const QString &language, const QString &name)
{
    return QStringLiteral(":/mail/%1/%2.txt").arg(language, name);
}

std::optional<QString> readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll());
}

// words.txt of a language, parsed once.
const QHash<QString, QString> &wordsOf(const QString &language)
{
    static QMutex mutex;
    static QHash<QString, QHash<QString, QString>> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.find(language);
    if (it == cache.end()) {
        QHash<QString, QString> words;
        const QString text = readResource(resourcePath(language, QStringLiteral("words"))).value_or(QString());
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1Char('#')) || !line.contains(QLatin1Char('=')))
                continue;
            QString value = line.section(QLatin1Char('='), 1);
            value.replace(QLatin1String("\\n"), QLatin1String("\n"));
            words.insert(line.section(QLatin1Char('='), 0, 0).trimmed(), value);
        }
        it = cache.insert(language, words);
    }
    return it.value();
}
} // namespace

QStringList MailTemplates::names()
{
    return {QStringLiteral("registered-customer"), QStringLiteral("registered-admin"),
            QStringLiteral("licence-customer"),    QStringLiteral("licence-admin"),
            QStringLiteral("fault-customer"),      QStringLiteral("fault-operator"),
            QStringLiteral("recovery-customer"),   QStringLiteral("recovery-operator"),
            QStringLiteral("report"),              QStringLiteral("report-unlicensed")};
}

QStringList MailTemplates::languages()
{
    return {QStringLiteral("ja"), QStringLiteral("en")};
}

QString MailTemplates::language(const QString &preferred)
{
    return preferred.trimmed().toLower().startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("ja");
}

Result<QString> MailTemplates::fill(const QString &text, const Values &values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([A-Za-z0-9_.]+)\\}\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString key = m.captured(1);
        const auto value = values.constFind(key);
        if (value == values.cend())
            return Error{QStringLiteral("internal"), QStringLiteral("The mail template needs a value for {{%1}}.").arg(key),
                         key};
        out += text.mid(last, m.capturedStart() - last);
        out += value.value();
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

Result<RenderedMail> MailTemplates::render(const QString &name, const QString &language, const Values &values)
{
    const auto text = readResource(resourcePath(MailTemplates::language(language), name));
    if (!text)
        return Error{QStringLiteral("internal"), QStringLiteral("There is no mail template \"%1\".").arg(name), name};
    const qsizetype split = text->indexOf(QLatin1String("\n\n"));
    if (!text->startsWith(QLatin1String("Subject: ")) || split < 0)
        return Error{QStringLiteral("internal"),
                     QStringLiteral("The mail template \"%1\" does not start with a Subject line.").arg(name), name};
    auto subject = fill(text->mid(9, split - 9).trimmed(), values);
    if (!subject)
        return subject.error();
    auto body = fill(text->mid(split + 2), values);
    if (!body)
        return body.error();
    return RenderedMail{subject.value(), body.value()};
}

QString MailTemplates::word(const QString &language, const QString &key, const Values &values)
{
    const QHash<QString, QString> &words = wordsOf(MailTemplates::language(language));
    const auto it = words.constFind(key);
    if (it == words.cend())
        return key;
    auto filled = fill(it.value(), values);
    return filled ? filled.value() : it.value();
}

} // namespace mente::box
