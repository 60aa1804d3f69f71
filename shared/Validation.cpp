// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/Validation.h"

#include <QRegularExpression>
#include <QStringList>

namespace mente::validation {

namespace {
const QString kCrockford = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}
bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

QString checkPostalCodeShape(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{3}-?[0-9]{4}$"));
    if (!re.match(code).hasMatch())
        return QStringLiteral("Not a postal code: seven digits like 123-4567.");
    return {};
}
} // namespace

std::optional<quint32> parseIPv4(const QString &address)
{
    const QStringList parts = address.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    quint32 value = 0;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return std::nullopt;
        if (part.size() > 1 && part.startsWith(QLatin1Char('0')))
            return std::nullopt; // leading zeros read as octal elsewhere: refuse them
        for (const QChar c : part)
            if (!isAsciiDigit(c))
                return std::nullopt;
        const int octet = part.toInt();
        if (octet > 255)
            return std::nullopt;
        value = (value << 8) | quint32(octet);
    }
    return value;
}

QString formatIPv4(quint32 a)
{
    return QStringLiteral("%1.%2.%3.%4").arg(a >> 24).arg((a >> 16) & 255).arg((a >> 8) & 255).arg(a & 255);
}

QString checkIPv4(const QString &address)
{
    if (address.isEmpty())
        return QStringLiteral("An IPv4 address is required.");
    if (!parseIPv4(address))
        return QStringLiteral("Not an IPv4 address: four numbers 0-255 separated by dots, e.g. 192.168.1.10.");
    return {};
}

QString checkPrefix(int prefix)
{
    if (prefix < 0 || prefix > 32)
        return QStringLiteral("The prefix length must be between 0 and 32.");
    return {};
}

std::optional<int> netmaskToPrefix(const QString &netmask)
{
    const auto mask = parseIPv4(netmask);
    if (!mask)
        return std::nullopt;
    const quint32 inverted = ~*mask;
    if ((inverted & (inverted + 1)) != 0)
        return std::nullopt; // ones must be contiguous from the left
    int prefix = 0;
    for (quint32 m = *mask; m & 0x80000000u; m <<= 1)
        ++prefix;
    return prefix;
}

QString prefixToNetmask(int prefix)
{
    const quint32 mask = prefix <= 0 ? 0 : (prefix >= 32 ? 0xFFFFFFFFu : ~((1u << (32 - prefix)) - 1));
    return formatIPv4(mask);
}

QString checkNetmask(const QString &netmask)
{
    if (!parseIPv4(netmask))
        return QStringLiteral("Not a netmask: write it like 255.255.255.0.");
    if (!netmaskToPrefix(netmask))
        return QStringLiteral("Not a netmask: its one bits must be contiguous, like 255.255.255.0.");
    return {};
}

QString checkHostInSubnet(const QString &address, int prefix)
{
    const auto ip = parseIPv4(address);
    if (!ip)
        return checkIPv4(address);
    if (const QString e = checkPrefix(prefix); !e.isEmpty())
        return e;
    if (prefix >= 31)
        return {}; // point-to-point and host routes have no network/broadcast address
    const quint32 mask = prefix == 0 ? 0 : ~((1u << (32 - prefix)) - 1);
    if ((*ip & ~mask) == 0)
        return QStringLiteral("This is the network address of the subnet, not a host address.");
    if ((*ip & ~mask) == (~mask))
        return QStringLiteral("This is the broadcast address of the subnet, not a host address.");
    return {};
}

QString checkGateway(const QString &address, int prefix, const QString &gateway)
{
    const auto gw = parseIPv4(gateway);
    if (!gw)
        return checkIPv4(gateway);
    const auto ip = parseIPv4(address);
    if (!ip || !checkPrefix(prefix).isEmpty())
        return QStringLiteral("Set a valid address and netmask first.");
    const quint32 mask = prefix == 0 ? 0 : ~((1u << (32 - prefix)) - 1);
    if ((*gw & mask) != (*ip & mask))
        return QStringLiteral("The gateway must be inside the box's subnet %1/%2.")
            .arg(formatIPv4(*ip & mask))
            .arg(prefix);
    if (*gw == *ip)
        return QStringLiteral("The gateway cannot be the box's own address.");
    return checkHostInSubnet(gateway, prefix);
}

std::optional<QString> normalizeMac(const QString &mac)
{
    static const QRegularExpression re(QStringLiteral("^([0-9A-Fa-f]{2})[:-]([0-9A-Fa-f]{2})[:-]([0-9A-Fa-f]{2})[:-]"
                                                      "([0-9A-Fa-f]{2})[:-]([0-9A-Fa-f]{2})[:-]([0-9A-Fa-f]{2})$"));
    const auto match = re.match(mac);
    if (!match.hasMatch())
        return std::nullopt;
    QStringList octets;
    for (int i = 1; i <= 6; ++i)
        octets << match.captured(i).toUpper();
    return octets.join(QLatin1Char(':'));
}

QString checkMac(const QString &mac)
{
    if (!normalizeMac(mac))
        return QStringLiteral("Not a MAC address: six pairs of hex digits, e.g. 00:1A:2B:3C:4D:5E.");
    return {};
}

QString checkEmail(const QString &email)
{
    if (email.isEmpty())
        return QStringLiteral("An e-mail address is required.");
    if (email.size() > 254)
        return QStringLiteral("The e-mail address is longer than 254 characters.");
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@"
                       "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$"));
    if (!re.match(email).hasMatch())
        return QStringLiteral("Not an e-mail address: write it like name@example.jp.");
    const QString local = email.section(QLatin1Char('@'), 0, 0);
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) || local.contains(QStringLiteral("..")))
        return QStringLiteral("Not an e-mail address: the part before @ has misplaced dots.");
    return {};
}

QString halfWidthNumber(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19) // ０-９
            out += QChar(u'0' + (u - 0xFF10));
        else if (u == 0xFF0D || u == 0x2010 || u == 0x2011 || u == 0x2012 || u == 0x2013 || u == 0x2014 || u == 0x2015
                 || u == 0x2212 || u == 0x30FC || u == 0xFF70)
            out += QLatin1Char('-'); // －, hyphens, dashes, minus, ー and ｰ typed for a hyphen
        else if (u == 0xFF08)
            out += QLatin1Char('(');
        else if (u == 0xFF09)
            out += QLatin1Char(')');
        else if (u == 0xFF0B)
            out += QLatin1Char('+');
        else if (u == 0x3000)
            out += QLatin1Char(' ');
        else
            out += c;
    }
    return out.trimmed();
}

QString checkPhone(const QString &input)
{
    const QString phone = halfWidthNumber(input);
    if (phone.isEmpty())
        return QStringLiteral("A phone number is required.");
    static const QRegularExpression re(QStringLiteral("^\\+?\\(?[0-9][0-9 ()-]*[0-9]$"));
    if (!re.match(phone).hasMatch())
        return QStringLiteral("Not a phone number: digits with optional +, -, spaces and brackets, e.g. 03-1234-5678.");
    int digits = 0;
    for (const QChar c : phone)
        digits += isAsciiDigit(c) ? 1 : 0;
    if (digits < 6 || digits > 15)
        return QStringLiteral("A phone number has between 6 and 15 digits.");
    if (phone.at(phone.front() == QLatin1Char('(') ? 1 : 0) == QLatin1Char('0') && digits != 10 && digits != 11)
        return QStringLiteral("A Japanese phone number starting with 0 has 10 or 11 digits, e.g. 0368200326.");
    return {};
}

QString normalizePostalCode(const QString &input)
{
    QString code = halfWidthNumber(input);
    if (code.startsWith(QChar(0x3012))) // 〒
        code = code.mid(1).trimmed();
    return checkPostalCodeShape(code).isEmpty() ? code : input;
}

QString checkPostalCode(const QString &input)
{
    QString code = halfWidthNumber(input);
    if (code.startsWith(QChar(0x3012)))
        code = code.mid(1).trimmed();
    return checkPostalCodeShape(code);
}

QString checkKana(const QString &text)
{
    static const QString punctuation = QStringLiteral("-.&\uFF0D\uFF0E\uFF06");
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool hiragana = (u >= 0x3041 && u <= 0x3096) || (u >= 0x309B && u <= 0x309F);
        const bool katakana = (u >= 0x30A1 && u <= 0x30FF); // with ・ ー ヽ ヾ ヿ
        const bool latin = isAsciiLetter(c) || isAsciiDigit(c) || (u >= 0xFF10 && u <= 0xFF19)
                           || (u >= 0xFF21 && u <= 0xFF3A) || (u >= 0xFF41 && u <= 0xFF5A);
        const bool space = u == u' ' || u == 0x3000;
        if (!hiragana && !katakana && !latin && !space && !punctuation.contains(c))
            return QStringLiteral("Write the reading in hiragana or katakana (e.g. えふえっくすしー かぶしきがいしゃ); "
                                  "letters, digits, spaces and ー ・ - . & may be used too.");
    }
    return {};
}

const QStringList &prefectures()
{
    static const QStringList list =
        QString::fromUtf8(
            "北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県 東京都 神奈川県 "
            "新潟県 富山県 石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 滋賀県 京都府 大阪府 兵庫県 "
            "奈良県 和歌山県 鳥取県 島根県 岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県 福岡県 佐賀県 長崎県 "
            "熊本県 大分県 宮崎県 鹿児島県 沖縄県")
            .split(QLatin1Char(' '));
    return list;
}

QString checkPrefecture(const QString &prefecture)
{
    if (prefecture.isEmpty())
        return QStringLiteral("A prefecture is required.");
    if (!prefectures().contains(prefecture))
        return QStringLiteral("Choose one of the 47 prefectures, written in full like 東京都 or 神奈川県.");
    return {};
}

QString checkDnsLabel(const QString &label)
{
    if (label.isEmpty())
        return QStringLiteral("A sub-domain name is required.");
    if (label.size() > 63)
        return QStringLiteral("A sub-domain name has at most 63 characters.");
    for (const QChar c : label) {
        const bool good = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || isAsciiDigit(c) || c == QLatin1Char('-');
        if (!good)
            return QStringLiteral("A sub-domain name uses only lower-case letters a-z, digits and '-'.");
    }
    if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
        return QStringLiteral("A sub-domain name cannot start or end with '-'.");
    return {};
}

QString checkLoginId(const QString &login)
{
    if (login.size() < 3 || login.size() > 32)
        return QStringLiteral("A login ID has 3 to 32 characters.");
    if (!isAsciiLetter(login.front()) && !isAsciiDigit(login.front()))
        return QStringLiteral("A login ID starts with a letter or digit.");
    for (const QChar c : login) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != QLatin1Char('.') && c != QLatin1Char('_')
            && c != QLatin1Char('-'))
            return QStringLiteral("A login ID uses only letters, digits, '.', '_' and '-'.");
    }
    return {};
}

QString checkPassword(const QString &password, const QString &login)
{
    if (password.size() < 8)
        return QStringLiteral("A password has at least 8 characters.");
    if (password.size() > 128)
        return QStringLiteral("A password has at most 128 characters.");
    bool letter = false;
    bool digit = false;
    for (const QChar c : password) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7E)
            return QStringLiteral("A password uses only printable ASCII characters, without spaces.");
        letter = letter || isAsciiLetter(c);
        digit = digit || isAsciiDigit(c);
    }
    if (!letter || !digit)
        return QStringLiteral("A password needs at least one letter and one digit.");
    if (!login.isEmpty() && password.contains(login, Qt::CaseInsensitive))
        return QStringLiteral("A password must not contain the login ID.");
    static const QStringList weak = {QStringLiteral("password1"), QStringLiteral("passw0rd"),
                                     QStringLiteral("admin123"),  QStringLiteral("qwerty123"),
                                     QStringLiteral("abc12345"),  QStringLiteral("12345678a")};
    if (weak.contains(password.toLower()))
        return QStringLiteral("This password is too common.");
    return {};
}

QString checkLanguage(const QString &language)
{
    if (language != QLatin1String("ja") && language != QLatin1String("en"))
        return QStringLiteral("The language is \"ja\" or \"en\".");
    return {};
}

QString checkPort(qint64 port)
{
    if (port < 1 || port > 65535)
        return QStringLiteral("A port number is between 1 and 65535.");
    return {};
}

int crockfordValue(QChar symbol)
{
    return int(kCrockford.indexOf(symbol.toUpper()));
}

QChar crockfordSymbol(int value)
{
    return kCrockford.at(((value % 32) + 32) % 32);
}

QChar licenceCheckSymbol(const QString &firstFifteen)
{
    int sum = 0;
    for (int i = 0; i < firstFifteen.size() && i < 15; ++i)
        sum += (i + 1) * crockfordValue(firstFifteen.at(i));
    return crockfordSymbol(sum % 32);
}

std::optional<QString> normalizeLicenceKey(const QString &key)
{
    QString compact = key.trimmed().toUpper();
    if (compact.size() == 19) {
        for (int dash : {4, 9, 14})
            if (compact.at(dash) != QLatin1Char('-'))
                return std::nullopt;
        compact.remove(QLatin1Char('-'));
    }
    if (compact.size() != 16)
        return std::nullopt;
    for (const QChar c : compact)
        if (crockfordValue(c) < 0)
            return std::nullopt;
    if (licenceCheckSymbol(compact.left(15)) != compact.at(15))
        return std::nullopt;
    return compact.mid(0, 4) + QLatin1Char('-') + compact.mid(4, 4) + QLatin1Char('-') + compact.mid(8, 4)
           + QLatin1Char('-') + compact.mid(12, 4);
}

QString checkLicenceKey(const QString &key)
{
    const QString upper = key.trimmed().toUpper();
    static const QRegularExpression shape(QStringLiteral("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$"));
    if (!shape.match(upper).hasMatch())
        return QStringLiteral("A licence key looks like XXXX-XXXX-XXXX-XXXX.");
    for (const QChar c : upper)
        if (c != QLatin1Char('-') && crockfordValue(c) < 0)
            return QStringLiteral("A licence key never contains I, L, O or U.");
    if (!normalizeLicenceKey(upper))
        return QStringLiteral("This licence key is not valid: check it for a typing mistake.");
    return {};
}

} // namespace mente::validation
