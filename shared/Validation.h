// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// Rules for every value a person types into Mente. Each check returns an empty string when
// the value is good, else a short English sentence saying what is wrong; the caller names
// the field. Normalisers return the canonical form or nullopt.
namespace mente::validation {

QString checkIPv4(const QString &address);
std::optional<quint32> parseIPv4(const QString &address);
QString formatIPv4(quint32 address);

QString checkPrefix(int prefix);
QString checkNetmask(const QString &netmask);
std::optional<int> netmaskToPrefix(const QString &netmask);
QString prefixToNetmask(int prefix);
// A host address must lie inside its subnet and be neither its network nor its broadcast address.
QString checkHostInSubnet(const QString &address, int prefix);
// The gateway must be a host of the same subnet and differ from the address itself.
QString checkGateway(const QString &address, int prefix, const QString &gateway);

QString checkMac(const QString &mac);
std::optional<QString> normalizeMac(const QString &mac); // "AA:BB:CC:DD:EE:FF"

QString checkEmail(const QString &email);
QString checkPhone(const QString &phone);
QString checkPostalCode(const QString &postalCode); // Japanese: 123-4567 or 1234567
QString checkKana(const QString &text);             // full-width katakana, spaces, ー, ・
QString checkDnsLabel(const QString &label);        // one label, lower-case letters, digits, '-'
QString checkLoginId(const QString &login);
QString checkPassword(const QString &password, const QString &login);
QString checkLanguage(const QString &language); // "ja" or "en"
QString checkPort(qint64 port);

// The maintenance licence key: XXXX-XXXX-XXXX-XXXX of Crockford's base32 whose last symbol
// is (sum of i * v_i for i = 1..15) mod 32.
QString checkLicenceKey(const QString &key);
std::optional<QString> normalizeLicenceKey(const QString &key);
int crockfordValue(QChar symbol); // -1 when not a Crockford symbol
QChar crockfordSymbol(int value);
// The check symbol for the first 15 symbols (no dashes); used to make keys.
QChar licenceCheckSymbol(const QString &firstFifteen);

} // namespace mente::validation
