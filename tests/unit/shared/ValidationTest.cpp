// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/Validation.h"

#include <gtest/gtest.h>

using namespace mente::validation;

namespace {
QString s(const char *text) { return QString::fromUtf8(text); }
bool good(const QString &message) { return message.isEmpty(); }
} // namespace

TEST(Validation, IPv4AcceptsDottedQuadsOnly)
{
    EXPECT_TRUE(good(checkIPv4(s("192.168.1.10"))));
    EXPECT_TRUE(good(checkIPv4(s("0.0.0.0"))));
    EXPECT_TRUE(good(checkIPv4(s("255.255.255.255"))));
    for (const char *bad :
         {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.-4", "a.b.c.d", "1..2.3", " 1.2.3.4"})
        EXPECT_FALSE(good(checkIPv4(s(bad)))) << bad;
    EXPECT_EQ(*parseIPv4(s("10.0.0.1")), 0x0A000001u);
    EXPECT_EQ(formatIPv4(0xC0A80101u), s("192.168.1.1"));
}

TEST(Validation, PrefixAndNetmask)
{
    EXPECT_TRUE(good(checkPrefix(0)));
    EXPECT_TRUE(good(checkPrefix(32)));
    EXPECT_FALSE(good(checkPrefix(33)));
    EXPECT_FALSE(good(checkPrefix(-1)));
    EXPECT_EQ(netmaskToPrefix(s("255.255.255.0")), 24);
    EXPECT_EQ(netmaskToPrefix(s("255.255.252.0")), 22);
    EXPECT_EQ(netmaskToPrefix(s("0.0.0.0")), 0);
    EXPECT_EQ(netmaskToPrefix(s("255.255.255.255")), 32);
    EXPECT_FALSE(netmaskToPrefix(s("255.0.255.0")));
    EXPECT_FALSE(good(checkNetmask(s("255.255.255.1"))));
    EXPECT_EQ(prefixToNetmask(24), s("255.255.255.0"));
    EXPECT_EQ(prefixToNetmask(0), s("0.0.0.0"));
    EXPECT_EQ(prefixToNetmask(32), s("255.255.255.255"));
}

TEST(Validation, HostAndGatewayInSubnet)
{
    EXPECT_TRUE(good(checkHostInSubnet(s("192.168.1.10"), 24)));
    EXPECT_FALSE(good(checkHostInSubnet(s("192.168.1.0"), 24)));
    EXPECT_FALSE(good(checkHostInSubnet(s("192.168.1.255"), 24)));
    EXPECT_TRUE(good(checkHostInSubnet(s("10.0.0.1"), 31)));
    EXPECT_TRUE(good(checkGateway(s("192.168.1.10"), 24, s("192.168.1.1"))));
    EXPECT_FALSE(good(checkGateway(s("192.168.1.10"), 24, s("192.168.2.1"))));
    EXPECT_FALSE(good(checkGateway(s("192.168.1.10"), 24, s("192.168.1.10"))));
    EXPECT_FALSE(good(checkGateway(s("192.168.1.10"), 24, s("192.168.1.255"))));
}

TEST(Validation, MacAddresses)
{
    EXPECT_EQ(normalizeMac(s("00:1a:2b:3c:4d:5e")), s("00:1A:2B:3C:4D:5E"));
    EXPECT_EQ(normalizeMac(s("00-1A-2B-3C-4D-5E")), s("00:1A:2B:3C:4D:5E"));
    for (const char *bad : {"", "00:1A:2B:3C:4D", "00:1A:2B:3C:4D:5G", "001A2B3C4D5E", "00:1A:2B:3C:4D:5E:6F"})
        EXPECT_FALSE(good(checkMac(s(bad)))) << bad;
}

TEST(Validation, Email)
{
    EXPECT_TRUE(good(checkEmail(s("ichiro.suzuki@example.jp"))));
    EXPECT_TRUE(good(checkEmail(s("a+b@mail.example.co.jp"))));
    for (const char *bad : {"", "no-at.example.jp", "a@b", "a@@b.jp", ".a@b.jp", "a..b@b.jp", "a@-b.jp", "a b@c.jp"})
        EXPECT_FALSE(good(checkEmail(s(bad)))) << bad;
}

// The seed's §29 ① (the registration mail) shows what a customer types: 郵便番号 174-0056.
TEST(Validation, PostalCodeAsTheSeedWritesIt)
{
    EXPECT_TRUE(good(checkPostalCode(s("174-0056"))));
    EXPECT_TRUE(good(checkPostalCode(s("1740056"))));
    // An IME leaves digits full width; forms print 〒 before the code.
    EXPECT_TRUE(good(checkPostalCode(s("１７４－００５６"))));
    EXPECT_TRUE(good(checkPostalCode(s("〒174-0056"))));
    EXPECT_EQ(normalizePostalCode(s("〒１７４－００５６")), s("174-0056"));
    EXPECT_EQ(normalizePostalCode(s("1740056")), s("1740056"));
    for (const char *bad : {"", "12-34567", "174-005", "174-00560", "174 0056", "〒", "abc-defg"})
        EXPECT_FALSE(good(checkPostalCode(s(bad)))) << bad;
}

// §29 ①: 電話番号 0368200326 (no hyphens); the cover: TEL 03-6820-0342, FAX 03-5915-2681.
TEST(Validation, PhoneAsTheSeedWritesIt)
{
    for (const char *phone :
         {"0368200326", "03-6820-0342", "03-5915-2681", "090-1234-5678", "0120-123-456", "050-1234-5678",
          "(03) 6820-0326", "+81 3 6820 0328", "０３－６８２０－０３２６", "03ー6820ー0326"})
        EXPECT_TRUE(good(checkPhone(s(phone)))) << phone;
    EXPECT_EQ(halfWidthNumber(s("０３－６８２０－０３２６")), s("03-6820-0326"));
    EXPECT_EQ(halfWidthNumber(s("　０３（６８２０）０３２６ ")), s("03(6820)0326"));
    // A domestic number starting with 0 has 10 or 11 digits.
    for (const char *bad : {"", "036820032", "036820032612", "03-ABCD-0328", "+", "12345", "1234567890123456789"})
        EXPECT_FALSE(good(checkPhone(s(bad)))) << bad;
}

// §29 ①: 会社名よみがな えふえつくすしーかぶしがいいしゃ, 住所1よみがな いたばしくしむら,
// 住所2よみがな にっつうしむらりゅうつうせんたー (hiragana, with ー); §20: 会社名ふりがな
// カブシキガイシャABC, 氏名ふりがな タナカ タロウ (katakana, ASCII letters, a space).
TEST(Validation, ReadingFieldsTakeWhatTheSeedWrites)
{
    for (const char *reading : {"えふえつくすしーかぶしがいいしゃ",
                                "えふえっくすしーかぶしきがいしゃ",
                                "いたばしくしむら",
                                "にっつうしむらりゅうつうせんたー",
                                "にっつつしむらりゅうつつせんたー",
                                "カブシキガイシャABC",
                                "タナカ",
                                "タロウ",
                                "タナカ タロウ",
                                "トウキョウトチヨダクチヨダ",
                                "カブシキガイシャ・テスト",
                                "ヤマダ　タロウ",
                                "エフエックスシー カブシキガイシャ",
                                "ＡＢＣしょうじ",
                                "いたばしくしむら1-15-1",
                                "えぬ・てぃ・てぃ",
                                "ぴー&じー",
                                "どっとこむ.jp",
                                "ゞゝヽヾ",
                                ""})
        EXPECT_TRUE(good(checkKana(s(reading)))) << reading;
    // Kanji, half-width katakana, symbols and markup are not a reading.
    for (const char *bad : {"山田", "F X C株式会社", "ﾀﾅｶ", "<b>", "tanaka@abc", "サンパチ 三三三", "😀"})
        EXPECT_FALSE(good(checkKana(s(bad)))) << bad;
    // The message says what is accepted.
    EXPECT_TRUE(checkKana(s("山田")).contains(s("hiragana or katakana")));
}

// §29 ①: 都道府県 東京都.
TEST(Validation, PrefectureIsOneOfTheFortySeven)
{
    EXPECT_EQ(prefectures().size(), 47);
    for (const char *p : {"東京都", "北海道", "大阪府", "京都府", "神奈川県", "沖縄県"})
        EXPECT_TRUE(good(checkPrefecture(s(p)))) << p;
    for (const char *bad : {"", "東京", "Tokyo", "板橋区", "東京都 "})
        EXPECT_FALSE(good(checkPrefecture(s(bad)))) << bad;
}

// §29 ①: 会社名 F X C株式会社 and 住所2 日通志村流通センター3階 are free text; the whole example registers.
TEST(Validation, TheSeedsRegistrationExampleIsAccepted)
{
    EXPECT_TRUE(good(checkEmail(s("support@fxc.jp"))));
    EXPECT_TRUE(good(checkEmail(s("csg@it-supporter.jp"))));
    EXPECT_TRUE(good(checkEmail(s("tanaka@abc.co.jp"))));
}

TEST(Validation, DnsLabel)
{
    EXPECT_TRUE(good(checkDnsLabel(s("customer-01"))));
    EXPECT_TRUE(good(checkDnsLabel(s("a"))));
    for (const char *bad : {"", "-a", "a-", "Customer", "a.b", "a_b", "ｱ"})
        EXPECT_FALSE(good(checkDnsLabel(s(bad)))) << bad;
    EXPECT_FALSE(good(checkDnsLabel(QString(64, QLatin1Char('a')))));
    EXPECT_TRUE(good(checkDnsLabel(QString(63, QLatin1Char('a')))));
}

TEST(Validation, LoginIdAndPassword)
{
    EXPECT_TRUE(good(checkLoginId(s("ichiro.suzuki"))));
    for (const char *bad : {"ab", "-abc", "a b c", "名前です", "abc/def"})
        EXPECT_FALSE(good(checkLoginId(s(bad)))) << bad;
    EXPECT_TRUE(good(checkPassword(s("Tokyo2026x"), s("ichiro"))));
    EXPECT_FALSE(good(checkPassword(s("admin"), s("admin"))));
    EXPECT_FALSE(good(checkPassword(s("abcdefgh"), s("x"))));
    EXPECT_FALSE(good(checkPassword(s("12345678"), s("x"))));
    EXPECT_FALSE(good(checkPassword(s("ichiro2026"), s("ichiro"))));
    EXPECT_FALSE(good(checkPassword(s("pass word1"), s("x"))));
    EXPECT_FALSE(good(checkPassword(s("Passw0rd"), s("x"))));
}

TEST(Validation, LicenceKeyCheckSymbol)
{
    // (1*1 + 2*2 + ... + 15*15) mod 32 = 1240 mod 32 = 24 -> 'R' for the key 1234-5678-9ABC-DEF?
    const QString first15 = s("123456789ABCDEF");
    EXPECT_EQ(licenceCheckSymbol(first15), QLatin1Char('R'));
    EXPECT_TRUE(good(checkLicenceKey(s("1234-5678-9ABC-DEFR"))));
    EXPECT_EQ(normalizeLicenceKey(s("1234-5678-9abc-defr")), s("1234-5678-9ABC-DEFR"));
    EXPECT_FALSE(good(checkLicenceKey(s("1234-5678-9ABC-DEFS")))); // wrong check symbol
    EXPECT_FALSE(good(checkLicenceKey(s("1234-5678-9ABC-DEFI")))); // I is not Crockford
    EXPECT_FALSE(good(checkLicenceKey(s("1234-5678-9ABC"))));
    EXPECT_FALSE(good(checkLicenceKey(s("12345-678-9ABC-DEFR"))));
    EXPECT_EQ(crockfordValue(QLatin1Char('Z')), 31);
    EXPECT_EQ(crockfordValue(QLatin1Char('O')), -1);
}

TEST(Validation, PortAndLanguage)
{
    EXPECT_TRUE(good(checkPort(1)));
    EXPECT_TRUE(good(checkPort(65535)));
    EXPECT_FALSE(good(checkPort(0)));
    EXPECT_FALSE(good(checkPort(65536)));
    EXPECT_TRUE(good(checkLanguage(s("ja"))));
    EXPECT_FALSE(good(checkLanguage(s("fr"))));
}
