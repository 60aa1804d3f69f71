// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace mente::box {

// What the operator sees of a service nobody identified: the first bytes it sent, printable
// ASCII only (other bytes as \xNN, CR/LF/TAB as \r \n \t), at most `maxChars` characters.
class BannerText
{
public:
    static constexpr int kDefaultMaxChars = 256;
    static QString sanitize(const QByteArray &bytes, int maxChars = kDefaultMaxChars);
};

} // namespace mente::box
