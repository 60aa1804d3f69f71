// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/PortList.h"

#include <QStringList>

#include <bitset>
#include <memory>

namespace mente::box {

namespace {

constexpr int kMaxTextLength = 4096;

// A decimal port number 1-65535, nothing else (no sign, no spaces inside).
int parsePort(QStringView text)
{
    if (text.isEmpty() || text.size() > 5)
        return -1;
    int value = 0;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - '0');
    }
    return value >= 1 && value <= 65535 ? value : -1;
}

} // namespace

PortList PortList::all()
{
    PortList list;
    list.m_ports.reserve(65535);
    for (int p = 1; p <= 65535; ++p)
        list.m_ports.push_back(quint16(p));
    return list;
}

Result<PortList> PortList::parse(const QString &text, const QString &field)
{
    if (text.size() > kMaxTextLength)
        return Error::validation(field, QStringLiteral("The port list is too long."));
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::validation(field, QStringLiteral("The port list is empty."));

    auto seen = std::make_unique<std::bitset<65536>>();
    const QList<QStringView> parts = QStringView(trimmed).split(QLatin1Char(','));
    for (QStringView part : parts) {
        part = part.trimmed();
        const qsizetype dash = part.indexOf(QLatin1Char('-'));
        int first = 0;
        int last = 0;
        if (dash < 0) {
            first = last = parsePort(part);
        } else {
            first = parsePort(part.left(dash).trimmed());
            last = parsePort(part.mid(dash + 1).trimmed());
        }
        if (first < 0 || last < 0)
            return Error::validation(field,
                                     QStringLiteral("\"%1\" is not a port (1-65535) or a range of ports (1-1000).")
                                         .arg(part.left(40).toString()));
        if (first > last)
            return Error::validation(field,
                                     QStringLiteral("The range \"%1\" ends before it starts.").arg(part.toString()));
        for (int p = first; p <= last; ++p)
            seen->set(std::size_t(p));
    }

    PortList list;
    list.m_ports.reserve(seen->count());
    for (int p = 1; p <= 65535; ++p)
        if (seen->test(std::size_t(p)))
            list.m_ports.push_back(quint16(p));
    return list;
}

} // namespace mente::box
