// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace mente::box {

// An application/x-www-form-urlencoded body (a setup page's POST) as field -> value: '+' is a
// space, %XX a byte, the text UTF-8; a later field of the same name wins.
class FormBody
{
public:
    static QMap<QString, QString> parse(const QByteArray &body);
};

} // namespace mente::box
