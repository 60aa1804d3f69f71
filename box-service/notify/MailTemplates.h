// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace mente::box {

struct RenderedMail
{
    QString subject;
    QString body;
};

// The mail texts of §29 (resources/mail/<language>/<name>.txt, built into the binary): a
// "Subject: …" line, a blank line, the body; {{key}} is replaced by a value. Languages are
// "ja" (the default) and "en"; words.txt of each language holds the small pieces the code
// fills in (state names, honorifics, target descriptions).
class MailTemplates
{
public:
    using Values = QHash<QString, QString>;

    static QStringList names();     // every mail template (words.txt excluded)
    static QStringList languages(); // "ja", "en"
    static QString language(const QString &preferred); // "en" for English, else "ja"

    // Fails, naming the key, when the template uses a key that has no value, or when the
    // template does not exist.
    static Result<RenderedMail> render(const QString &name, const QString &language, const Values &values);
    // A piece from words.txt with its {{keys}} filled; the key itself when the word is missing.
    static QString word(const QString &language, const QString &key, const Values &values = {});

    static Result<QString> fill(const QString &text, const Values &values);
};

} // namespace mente::box
