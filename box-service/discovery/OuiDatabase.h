// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QHash>
#include <QString>

namespace mente::box {

// MAC address → vendor, from the IEEE's MA-L list as Debian's ieee-data ships it
// (/usr/share/ieee-data/oui.txt or oui.csv). Parsed once; a lookup is one hash probe.
class OuiDatabase
{
public:
    static QString defaultPath(); // oui.txt, else oui.csv, else ""

    Status load(const QString &path);        // replaces what was loaded
    Status loadText(const QByteArray &text); // either format, told apart by its content

    QString vendorOf(const QString &mac) const; // "" when unknown or not a MAC
    int size() const { return int(m_vendors.size()); }

    static std::optional<quint32> prefixOf(const QString &mac); // first three octets

private:
    QHash<quint32, QString> m_vendors;
};

} // namespace mente::box
