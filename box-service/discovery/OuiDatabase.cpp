// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/OuiDatabase.h"

#include <QFile>
#include <QFileInfo>

namespace mente::box {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Six hex digits → 24-bit prefix.
std::optional<quint32> sixHex(QByteArrayView text)
{
    if (text.size() != 6)
        return std::nullopt;
    quint32 value = 0;
    for (const char c : text) {
        const int v = hexValue(c);
        if (v < 0)
            return std::nullopt;
        value = (value << 4) | quint32(v);
    }
    return value;
}

// One CSV field starting at `pos` (RFC 4180 quotes); moves pos past the comma.
QByteArray csvField(const QByteArray &line, qsizetype &pos)
{
    QByteArray field;
    if (pos < line.size() && line.at(pos) == '"') {
        ++pos;
        while (pos < line.size()) {
            const char c = line.at(pos++);
            if (c == '"') {
                if (pos < line.size() && line.at(pos) == '"') {
                    field += '"';
                    ++pos;
                    continue;
                }
                break;
            }
            field += c;
        }
        if (pos < line.size() && line.at(pos) == ',')
            ++pos;
        return field;
    }
    const qsizetype comma = line.indexOf(',', pos);
    field = line.mid(pos, comma < 0 ? -1 : comma - pos);
    pos = comma < 0 ? line.size() : comma + 1;
    return field;
}

} // namespace

QString OuiDatabase::defaultPath()
{
    for (const char *path : {"/usr/share/ieee-data/oui.txt", "/usr/share/ieee-data/oui.csv"})
        if (QFileInfo::exists(QString::fromLatin1(path)))
            return QString::fromLatin1(path);
    return {};
}

Status OuiDatabase::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("not_found"), QStringLiteral("Cannot read the OUI list %1.").arg(path),
                     QStringLiteral("[discovery] oui_path")};
    return loadText(file.readAll());
}

Status OuiDatabase::loadText(const QByteArray &text)
{
    m_vendors.clear();
    const bool csv = text.startsWith("Registry,");
    for (QByteArray line : text.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (csv) {
            // MA-L,002272,American Micro-Fuel Device Corp.,address
            qsizetype pos = 0;
            const QByteArray registry = csvField(line, pos);
            const QByteArray assignment = csvField(line, pos);
            const QByteArray name = csvField(line, pos);
            if (registry != "MA-L")
                continue;
            if (const auto prefix = sixHex(assignment); prefix && !name.trimmed().isEmpty())
                m_vendors.insert(*prefix, QString::fromUtf8(name.trimmed()));
            continue;
        }
        // 002272     (base 16)		American Micro-Fuel Device Corp.
        const qsizetype marker = line.indexOf("(base 16)");
        if (marker < 0)
            continue;
        const auto prefix = sixHex(QByteArrayView(line.constData(), marker).trimmed());
        const QByteArray name = line.mid(marker + 9).trimmed();
        if (prefix && !name.isEmpty())
            m_vendors.insert(*prefix, QString::fromUtf8(name));
    }
    if (m_vendors.isEmpty())
        return Error::validation(QStringLiteral("[discovery] oui_path"),
                                 QStringLiteral("The OUI list has no entries."));
    return success();
}

std::optional<quint32> OuiDatabase::prefixOf(const QString &mac)
{
    // aa:bb:cc:dd:ee:ff, aa-bb-cc-..., aabb.ccdd.eeff: the first six hex digits.
    QByteArray digits;
    for (const QChar c : mac) {
        if (c == QLatin1Char(':') || c == QLatin1Char('-') || c == QLatin1Char('.'))
            continue;
        if (c.unicode() > 127 || hexValue(char(c.unicode())) < 0)
            return std::nullopt;
        digits += char(c.unicode());
    }
    if (digits.size() != 12)
        return std::nullopt;
    return sixHex(QByteArrayView(digits.constData(), 6));
}

QString OuiDatabase::vendorOf(const QString &mac) const
{
    const auto prefix = prefixOf(mac);
    return prefix ? m_vendors.value(*prefix) : QString();
}

} // namespace mente::box
