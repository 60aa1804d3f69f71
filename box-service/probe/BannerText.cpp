// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/BannerText.h"

namespace mente::box {

QString BannerText::sanitize(const QByteArray &bytes, int maxChars)
{
    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(qMin<qsizetype>(bytes.size() * 2, maxChars));
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        QString piece;
        if (c >= 0x20 && c < 0x7f)
            piece = QChar(char16_t(c));
        else if (c == '\r')
            piece = QStringLiteral("\\r");
        else if (c == '\n')
            piece = QStringLiteral("\\n");
        else if (c == '\t')
            piece = QStringLiteral("\\t");
        else
            piece = QStringLiteral("\\x") + QChar(char16_t(hex[c >> 4])) + QChar(char16_t(hex[c & 15]));
        if (out.size() + piece.size() > maxChars)
            break;
        out += piece;
    }
    return out;
}

} // namespace mente::box
