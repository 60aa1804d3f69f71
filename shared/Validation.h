// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

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
// Japanese forms are typed with an IME that often leaves digits and hyphens full width
// (０３－６８２０－０３２６) or a long-vowel mark in place of a hyphen: this maps full-width digits,
// + ( ) and the dash-like marks to ASCII and an ideographic space to a space, and trims. Phone
// numbers and postal codes are stored in this form.
QString halfWidthNumber(const QString &text);
// Digits with optional +, -, spaces and brackets, 6-15 digits; a domestic number (starting with
// 0) has 10 digits (03-6820-0326, 0120-…, 050-…) or 11 (090-…, 0800-…). Full width is accepted.
QString checkPhone(const QString &phone);
// Japanese: 174-0056 or 1740056, optionally after 〒; full width is accepted.
QString checkPostalCode(const QString &postalCode);
QString normalizePostalCode(const QString &postalCode); // "〒１７４－００５６" -> "174-0056" when valid, else as given
// A よみがな (reading) field: hiragana or katakana (full width), the long-vowel mark ー, ・, spaces,
// ASCII or full-width Latin letters and digits, and - . & as company and building names have.
QString checkKana(const QString &text);
// One of the 47 prefectures, written as on an envelope (東京都, 大阪府, 北海道, 神奈川県 …).
QString checkPrefecture(const QString &prefecture);
const QStringList &prefectures();            // north to south, as forms list them
QString checkDnsLabel(const QString &label); // one label, lower-case letters, digits, '-'
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
