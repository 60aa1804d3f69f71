// SPDX-License-Identifier: GPL-3.0-or-later
// The OUI list on arbitrary bytes (either format, told apart by its first line): loading gives
// entries or an error naming the setting; every vendor it gives is a line's own, trimmed and
// non-empty; a MAC in any of its spellings finds the same vendor.
#include "discovery/OuiDatabase.h"
#include "support/FuzzCheck.h"

#include <cstdint>

using namespace mente;
using namespace mente::box;
using mente::test::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    OuiDatabase oui;
    const Status loaded = oui.loadText(bytes);
    if (!loaded) {
        require(oui.size() == 0 && loaded.error().field == QLatin1String("[discovery] oui_path"));
        return 0;
    }
    require(oui.size() > 0 && oui.size() <= bytes.count('\n') + 1);
    // Every line's first six characters, asked as three MAC spellings.
    for (const QByteArray &line : bytes.split('\n')) {
        const QString six = QString::fromLatin1(line.left(6));
        const auto prefix = OuiDatabase::prefixOf(six + QStringLiteral("000000"));
        if (!prefix)
            continue;
        require(*prefix <= 0xffffff);
        const QString colons = QStringLiteral("%1:%2:%3:00:00:00").arg(six.mid(0, 2), six.mid(2, 2), six.mid(4, 2));
        const QString dashes = QString(colons).replace(QLatin1Char(':'), QLatin1Char('-'));
        const QString vendor = oui.vendorOf(colons);
        require(vendor == oui.vendorOf(dashes) && vendor == oui.vendorOf(six + QStringLiteral("000000")));
        require(vendor == vendor.trimmed());
    }
    return 0;
}
